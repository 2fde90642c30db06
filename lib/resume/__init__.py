"""Resume analyzer. Kept import-free so the PDF worker process can load lib.resume.* cheaply."""
