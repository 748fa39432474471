-- fixture: --select untrusted-language --dialect sqlite
-- expect: untrusted-language
SELECT load_extension('./evil.so');

SELECT 'load_extension(x)';
