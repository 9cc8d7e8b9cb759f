"""How CalmKit lives on the desktop: one instance per practice log, the tray icon, reminders
and starting at log-in."""
