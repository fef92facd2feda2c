"""Editorial review in the GUI: the review dock (status timeline, workflow buttons, comments),
the readiness panel, the reason dialog and the revision comparison."""
