-- The learner hint a rejected submit got ("this looks like <known mistake>"): {mistakeId, hintEn, hintZh}, or null.
-- Stored with the verdict so the submission page shows the same hint the live event carried.
alter table submissions add column diagnosis jsonb;
