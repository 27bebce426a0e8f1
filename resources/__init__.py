"""Package data of Small Wins (icons, sounds, translations), shipped as ``smallwins.resources``.

This ``__init__.py`` makes the folder a regular package so that both ``pip install .`` and
``pip install -e .`` (whose editable finder cannot map a nested namespace package) can import it;
read files with ``importlib.resources.files("smallwins.resources")``.
"""
