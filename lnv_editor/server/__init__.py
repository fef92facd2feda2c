"""The newsroom server: a PostgreSQL schema ``lnv`` shared by every laptop.

``schema`` creates or upgrades it (Alembic, its own migration line in ``migrations``), ``admin``
manages the accounts. The rights live in the database itself (row-level security and triggers),
so a modified client that sends its own SQL is bound exactly as the app is. No Qt here.
"""
