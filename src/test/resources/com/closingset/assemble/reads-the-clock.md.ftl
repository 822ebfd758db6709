Dated ${.now}.
