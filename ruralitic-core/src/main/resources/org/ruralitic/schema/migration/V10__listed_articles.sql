-- RuraliTIC schema, version 10: indexes that keep the public pages' cost flat with the number of articles (issue 14).
-- Placeholders as in V1__schema.sql (none used here).

-- Lists, the latest articles and previous/next read articles in publication order and stop after a page: walked
-- from either end, this index gives that order without sorting. The index of V1, led by the status, cannot give it
-- for the two listed statuses at once, so every page sorted all published articles.
CREATE INDEX rt_article_listed_ix ON rt_article (published_at, id);

-- The number of articles of one theme reads that theme's links only.
CREATE INDEX rt_article_theme_theme_ix ON rt_article_theme (theme_id, article_id);
