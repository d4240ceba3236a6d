"""store/tables.py: the three tables as the store writes them, and the dataclasses that read their rows."""
from dataclasses import fields

from sqlalchemy import create_engine, inspect

from store.decisions import Decision
from store.jobs import Job
from store.tables import decisions, jobs, metadata, users


def test_the_tables_are_created_in_an_empty_database():
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    assert set(inspect(engine).get_table_names()) == {"users", "decisions", "jobs"}
    assert [c["column_names"] for c in inspect(engine).get_unique_constraints("users")] == [["name"]]  # one a name


def test_a_decision_row_holds_every_field_of_a_decision():
    assert {f.name for f in fields(Decision)} == {c.name for c in decisions.columns}
    assert set(Decision(user_name="u", fact_id="f", source_id="s", quote="q", action="accept").as_row()) == \
        {c.name for c in decisions.columns} - {"id"}


def test_a_job_row_holds_every_field_of_a_job():
    assert {f.name for f in fields(Job)} == {c.name for c in jobs.columns}


def test_what_identifies_a_row_may_not_be_empty():
    assert not users.c.name.nullable and not users.c.password_hash.nullable
    assert not decisions.c.fact_id.nullable and not decisions.c.action.nullable and decisions.c.field.nullable
    assert not jobs.c.status.nullable and jobs.c.intake_path.nullable
