"""Spelling in the editor: the red wavy underline, its context menu, the desk's dictionary."""
