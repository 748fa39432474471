-- verdict: hazard rename-table
rename table `posts` to `articles`;
