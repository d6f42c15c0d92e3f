"""Read-only SPARQL over the store: query files, the grammar check, parameters, the sandboxed runner.

check (grammar) → params (declared, typed, resolved) → runner (sandboxed child, timeout, memory cap).
"""

from .check import CheckedQuery, check_query
from .errors import QueryError
from .files import QueryInfo, list_queries, load_query, param_specs, parse_header
from .params import ParamSpec
from .runner import DEFAULT_TIMEOUT, PREFIXES, Dataset, QueryResult, execute, prepare, run_prepared, run_query

__all__ = [
    "DEFAULT_TIMEOUT", "PREFIXES", "CheckedQuery", "Dataset", "ParamSpec", "QueryError", "QueryInfo", "QueryResult",
    "check_query", "check_read_only", "execute", "list_queries", "load_query", "param_specs", "parse_header", "prepare",
    "run_prepared", "run_query",
]


def check_read_only(sparql: str) -> None:
    """Refuse updates, SERVICE, LOAD and FROM of outside graphs (the grammar check, result dropped)."""
    check_query(sparql, prefixes=PREFIXES)
