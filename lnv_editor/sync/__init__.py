"""The laptop's side of the newsroom server (issue 17): push local changes, pull the others'.

No Qt here. ``engine.SyncEngine`` is what the GUI and ``lnv-editor sync`` call."""
