"""The reading as a Spark job at corpus scale (``job.py``), and reading its Parquet output back."""
