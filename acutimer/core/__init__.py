"""The pure core: models, loaders, the timeline and the session engine.

Nothing here imports Qt or reads the clock; time always comes in as ``now``.
"""
