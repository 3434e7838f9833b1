"""Ingestion: getting articles in from feeds, web pages, HTML files and wire folders."""
