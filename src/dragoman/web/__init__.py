"""The web face of the store: a FastAPI REST API and a static page to explore it.

``create_app(db_path)`` in :mod:`dragoman.web.app`; ``dragoman serve`` starts it.
"""
