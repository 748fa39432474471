SELECT id FROM app.users WHERE false;
