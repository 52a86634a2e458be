// Starts the vendored Swagger UI on the app's own schema (kept out of docs.html: the CSP forbids inline scripts).
"use strict";
window.addEventListener("DOMContentLoaded", () => {
  window.ui = window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
