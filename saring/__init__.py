"""Saring: a content-cleaning pipeline for scraped Indonesian web text."""
