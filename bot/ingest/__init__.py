"""Getting articles in: local files, feeds, web pages, and the pipeline that stores them."""
