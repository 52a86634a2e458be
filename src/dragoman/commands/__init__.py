"""CLI command groups, one module per concern; each exposes register(app)."""
