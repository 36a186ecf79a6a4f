-- A collation nothing uses is redefined (another locale, deterministic or not): dropped and created again.
-- @from
CREATE COLLATION nat (provider = icu, locale = 'und-u-kn-true');
-- @to
CREATE COLLATION nat (provider = icu, locale = 'und-u-kn-true-ks-level2', deterministic = false);
