-- The five tiers of the original RuraliTIC partner wall, in rank order. Ids below 1000 are reserved for such rows.
INSERT INTO rt_partner_tier (id, version, code, label_fr, label_en, tier_rank, logo_size)
    VALUES (1, 0, 'founding', 'Partenaire fondateur', 'Founding partner', 1, 'EXTRA_LARGE');
INSERT INTO rt_partner_tier (id, version, code, label_fr, label_en, tier_rank, logo_size)
    VALUES (2, 0, 'official', 'Partenaires officiels', 'Official partners', 2, 'LARGE');
INSERT INTO rt_partner_tier (id, version, code, label_fr, label_en, tier_rank, logo_size)
    VALUES (3, 0, 'supplier', 'Fournisseurs officiels', 'Official suppliers', 3, 'MEDIUM');
INSERT INTO rt_partner_tier (id, version, code, label_fr, label_en, tier_rank, logo_size)
    VALUES (4, 0, 'media', 'Partenaires média', 'Media partners', 4, 'SMALL');
INSERT INTO rt_partner_tier (id, version, code, label_fr, label_en, tier_rank, logo_size)
    VALUES (5, 0, 'associated', 'Partenaires associés', 'Associated partners', 5, 'SMALL');
