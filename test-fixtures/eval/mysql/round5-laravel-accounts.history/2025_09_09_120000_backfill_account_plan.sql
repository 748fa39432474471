-- verdict: hazard unbatched-update
update `accounts` set `plan` = 'free';
