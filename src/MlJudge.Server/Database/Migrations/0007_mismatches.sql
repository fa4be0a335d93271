-- Which elements of a sample test's result differ, as the problem's checker decided it (the UI highlights these
-- instead of re-deciding with a tolerance of its own): {expected: [[i, j], ...], got: [...], truncated}.
-- Null for hidden tests, passes, and checkers that do not say.
alter table test_results add column mismatches jsonb;
