"""Runners: the same pipeline stages, run in one process, in N local processes, or on Dask.

* :func:`dragoman.pipeline.extract_articles` — in-process, streaming (the default).
* :func:`dragoman.run.local.extract_parallel` — ``--workers N`` on one machine.
* :func:`dragoman.run.dask.extract_dask` — partitions on a Dask scheduler (a laptop or a cluster).

None of them changes what is extracted: they only decide where the stages run.
"""
