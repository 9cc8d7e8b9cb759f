<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AfterSessionPanel</name>
    <message>
        <source>A note for yourself (optional)</source>
        <translation>Eine Notiz für dich (freiwillig)</translation>
    </message>
    <message>
        <source>A note is optional: Tab goes to it. Enter finishes.</source>
        <translation>Eine Notiz ist freiwillig: Tab führt dorthin. Enter schließt ab.</translation>
    </message>
    <message>
        <source>Before the session: not rated.</source>
        <translation>Vor der Sitzung: nicht eingeschätzt.</translation>
    </message>
    <message>
        <source>Before the session: {rating}.</source>
        <translation>Vor der Sitzung: {rating}.</translation>
    </message>
    <message>
        <source>Change the rating from &amp;before</source>
        <translation>Einschätzung von &amp;vorher ändern</translation>
    </message>
    <message>
        <source>Correct how anxious you felt before the session (Alt+B)</source>
        <translation>Korrigieren, wie ängstlich du dich vor der Sitzung gefühlt hast (Alt+V)</translation>
    </message>
    <message>
        <source>How anxious did you feel before the session?</source>
        <translation>Wie ängstlich hast du dich vor der Sitzung gefühlt?</translation>
    </message>
    <message>
        <source>How anxious do you feel now?</source>
        <translation>Wie ängstlich fühlst du dich jetzt?</translation>
    </message>
    <message>
        <source>Note about this session</source>
        <translation>Notiz zu dieser Sitzung</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Notiz nicht gespeichert</translation>
    </message>
    <message>
        <source>Press a number key (1 then 0 for 10), or Enter to finish without a rating.</source>
        <translation>Drück eine Zahlentaste (1, dann 0 für 10) oder Enter, um ohne Einschätzung abzuschließen.</translation>
    </message>
    <message>
        <source>Press a number key (1 then 0 for 10). Esc keeps it as it was.</source>
        <translation>Drück eine Zahlentaste (1, dann 0 für 10). Esc lässt die Einschätzung, wie sie war.</translation>
    </message>
    <message>
        <source>Saved. Press another number to change it.</source>
        <translation>Gespeichert. Drück eine andere Zahl, um sie zu ändern.</translation>
    </message>
    <message>
        <source>The note is not saved yet ({problem}).</source>
        <translation>Die Notiz ist noch nicht gespeichert ({problem}).</translation>
    </message>
    <message>
        <source>The rating could not be saved: {problem}</source>
        <translation>Die Einschätzung konnte nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>The rating from before is corrected.</source>
        <translation>Die Einschätzung von vorher ist korrigiert.</translation>
    </message>
    <message>
        <source>Your note could not be saved ({problem}). Here it is, to copy:

{note}</source>
        <translation>Deine Notiz konnte nicht gespeichert werden ({problem}). Hier ist sie zum Kopieren:

{note}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message numerus="yes">
        <source>%n exercise file(s) could not be read and were skipped; details are in the log.</source>
        <translation><numerusform>%n Übungsdatei konnte nicht gelesen werden und wurde übersprungen; Einzelheiten stehen im Protokoll.</numerusform><numerusform>%n Übungsdateien konnten nicht gelesen werden und wurden übersprungen; Einzelheiten stehen im Protokoll.</numerusform></translation>
    </message>
    <message>
        <source>Skipped {problem}</source>
        <translation>Übersprungen: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Your %n interrupted session(s) are saved in History.</source>
        <translation><numerusform>Deine %n unterbrochene Sitzung ist im Verlauf gespeichert.</numerusform><numerusform>Deine %n unterbrochenen Sitzungen sind im Verlauf gespeichert.</numerusform></translation>
    </message>
    <message>
        <source>Your interrupted session is saved in History.</source>
        <translation>Deine unterbrochene Sitzung ist im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>no graphical display found (DISPLAY and WAYLAND_DISPLAY are not set). Start CalmKit from your desktop session; to run it without a screen, e.g. for a smoke test, set QT_QPA_PLATFORM=offscreen.</source>
        <translation>keine grafische Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Starte CalmKit aus deiner Desktop-Sitzung; um es ohne Bildschirm laufen zu lassen, z. B. für einen Smoke-Test, setze QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>{app} is already open but did not answer. If its window does not respond, close it and start CalmKit again.</source>
        <translation>{app} ist schon geöffnet, hat aber nicht geantwortet. Wenn sein Fenster nicht reagiert, schließ es und starte CalmKit neu.</translation>
    </message>
    <message>
        <source>{app} is already open.</source>
        <translation>{app} ist schon geöffnet.</translation>
    </message>
    <message>
        <source>{app} is already open: it was asked to start {exercise}.</source>
        <translation>{app} ist schon geöffnet: Es wurde gebeten, {exercise} zu starten.</translation>
    </message>
    <message>
        <source>{app} is already open: its window was brought forward.</source>
        <translation>{app} ist schon geöffnet: Sein Fenster wurde nach vorn geholt.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>„%(filename)s“ lässt sich nicht öffnen: %(error)s</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>erwartet %s Argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>erwartet %s Argumente</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens ein Argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>erwartet höchstens ein Argument</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet ein Argument</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert für %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit dem Argument %s möglich</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines dieser Argumente wird gebraucht: %s</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen noch: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
</context>
<context>
    <name>AudioEngine</name>
    <message>
        <source>No sound output was found, so the session runs without tones.</source>
        <translation>Es wurde keine Tonausgabe gefunden, daher läuft die Sitzung ohne Töne.</translation>
    </message>
    <message>
        <source>The sound output could not be opened, so this session is silent.</source>
        <translation>Die Tonausgabe ließ sich nicht öffnen, daher bleibt diese Sitzung still.</translation>
    </message>
    <message>
        <source>The sound output stopped working, so the rest of this session is silent.</source>
        <translation>Die Tonausgabe funktioniert nicht mehr, daher bleibt der Rest dieser Sitzung still.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Waits quietly in the system tray, so your practice reminders can come</source>
        <translation>Wartet still im Infobereich, damit deine Übungserinnerungen kommen können</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Before an update of CalmKit</source>
        <translation>Vor einem Update von CalmKit</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Tägliche Sicherung</translation>
    </message>
    <message>
        <source>Kept by you</source>
        <translation>Von dir aufbewahrt</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Von dir erstellt</translation>
    </message>
    <message>
        <source>The backup did not read back correctly, so it was not kept. Nothing else was changed.</source>
        <translation>Die Sicherung ließ sich nicht fehlerfrei zurücklesen und wurde deshalb nicht behalten. Sonst wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is still a practice log at {path}; it was left as it is.</source>
        <translation>Unter {path} liegt noch ein Übungstagebuch; es bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name. Nothing was written.</source>
        <translation>{path} gibt es schon; wähle einen anderen Namen. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n session(s).</source>
        <translation><numerusform>%n Sitzung gesichert.</numerusform><numerusform>%n Sitzungen gesichert.</numerusform></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>CalmKit backs up your practice log once a day. It keeps a backup for each of the last 7 days and for each of the last 4 weeks, and one before each update and each restore. They stay on this computer, in {folder}.</source>
        <translation>CalmKit sichert dein Übungstagebuch einmal am Tag. Es behält eine Sicherung für jeden der letzten 7 Tage und für jede der letzten 4 Wochen, dazu eine vor jedem Update und vor jeder Wiederherstellung. Sie bleiben auf diesem Computer, in {folder}.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the backup from {when}?</source>
        <translation>Die Sicherung vom {when} wiederherstellen?</translation>
    </message>
    <message>
        <source>Restored the backup from {when}. What you had before is kept as the backup from {before}.</source>
        <translation>Die Sicherung vom {when} ist wiederhergestellt. Was du vorher hattest, bleibt als Sicherung vom {before} erhalten.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>The backup could not be made. {problem}</source>
        <translation>Die Sicherung konnte nicht erstellt werden. {problem}</translation>
    </message>
    <message>
        <source>The backup was not restored. {problem}</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt. {problem}</translation>
    </message>
    <message>
        <source>The practice log cannot be written just now.</source>
        <translation>In das Übungstagebuch kann gerade nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>There are no backups yet. The first is made today.</source>
        <translation>Es gibt noch keine Sicherungen. Die erste entsteht heute.</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored.</source>
        <translation>Diese Sicherung ist beschädigt und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message numerus="yes">
        <source>Your history will be as it was then: %n session(s). What you have now is backed up first, so you can come back to it.</source>
        <translation><numerusform>Dein Verlauf wird so, wie er damals war: %n Sitzung. Was du jetzt hast, wird vorher gesichert, sodass du dahin zurückkehren kannst.</numerusform><numerusform>Dein Verlauf wird so, wie er damals war: %n Sitzungen. Was du jetzt hast, wird vorher gesichert, sodass du dahin zurückkehren kannst.</numerusform></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>d MMMM yyyy, HH:mm</source>
        <comment>date format</comment>
        <translation>d. MMMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>BeforeSessionPage</name>
    <message>
        <source>&amp;Back to exercises</source>
        <translation>&amp;Zurück zu den Übungen</translation>
    </message>
    <message>
        <source>Do not start now (Esc or Alt+B)</source>
        <translation>Jetzt nicht starten (Esc oder Alt+Z)</translation>
    </message>
    <message>
        <source>How anxious do you feel right now?</source>
        <translation>Wie ängstlich fühlst du dich gerade?</translation>
    </message>
    <message>
        <source>Press a number key (1 then 0 for 10). Enter starts without a rating, Esc goes back. There is no right answer.</source>
        <translation>Drück eine Zahlentaste (1, dann 0 für 10). Enter startet ohne Einschätzung, Esc geht zurück. Es gibt keine richtige Antwort.</translation>
    </message>
    <message>
        <source>Rating before and after lets CalmKit show which exercises help you most. You can switch these questions off in Settings.</source>
        <translation>Mit einer Einschätzung vorher und nachher kann CalmKit zeigen, welche Übungen dir am meisten helfen. Du kannst diese Fragen in den Einstellungen abschalten.</translation>
    </message>
    <message>
        <source>Skip and start</source>
        <translation>Sofort starten</translation>
    </message>
    <message>
        <source>Start without a rating (Enter or S)</source>
        <translation>Ohne Einschätzung starten (Enter oder S)</translation>
    </message>
</context>
<context>
    <name>BodyArea</name>
    <message>
        <source>Abdomen</source>
        <translation>Bauch</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Stirn</translation>
    </message>
    <message>
        <source>Jaw</source>
        <translation>Kiefer</translation>
    </message>
    <message>
        <source>Left calf</source>
        <translation>Linke Wade</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Left hand and forearm</source>
        <translation>Linke Hand und Unterarm</translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation>Linker Oberschenkel</translation>
    </message>
    <message>
        <source>Left upper arm</source>
        <translation>Linker Oberarm</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>Right calf</source>
        <translation>Rechte Wade</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Right hand and forearm</source>
        <translation>Rechte Hand und Unterarm</translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation>Rechter Oberschenkel</translation>
    </message>
    <message>
        <source>Right upper arm</source>
        <translation>Rechter Oberarm</translation>
    </message>
    <message>
        <source>Shoulders and upper back</source>
        <translation>Schultern und oberer Rücken</translation>
    </message>
    <message>
        <source>Upper cheeks and nose</source>
        <translation>Obere Wangen und Nase</translation>
    </message>
    <message>
        <source>Whole face</source>
        <translation>Ganzes Gesicht</translation>
    </message>
    <message>
        <source>Whole left arm</source>
        <translation>Ganzer linker Arm</translation>
    </message>
    <message>
        <source>Whole left leg</source>
        <translation>Ganzes linkes Bein</translation>
    </message>
    <message>
        <source>Whole right arm</source>
        <translation>Ganzer rechter Arm</translation>
    </message>
    <message>
        <source>Whole right leg</source>
        <translation>Ganzes rechtes Bein</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>No area marked</source>
        <translation>Kein Bereich markiert</translation>
    </message>
    <message>
        <source>Whole body</source>
        <translation>Ganzer Körper</translation>
    </message>
    <message>
        <source>left out, just resting</source>
        <translation>ausgelassen, nur ausruhen</translation>
    </message>
    <message>
        <source>letting go</source>
        <translation>loslassen</translation>
    </message>
    <message>
        <source>next</source>
        <translation>als Nächstes</translation>
    </message>
    <message>
        <source>tensing</source>
        <translation>anspannen</translation>
    </message>
    <message>
        <source>{area}, {look}</source>
        <translation>{area}, {look}</translation>
    </message>
</context>
<context>
    <name>BreathingKind</name>
    <message numerus="yes">
        <source>At most %n breath(s) a session.</source>
        <translation><numerusform>Höchstens %n Atemzug pro Sitzung.</numerusform><numerusform>Höchstens %n Atemzüge pro Sitzung.</numerusform></translation>
    </message>
    <message>
        <source>Breathe gently, not deeply: small, quiet breaths are enough.</source>
        <translation>Atme sanft, nicht tief: Kleine, ruhige Atemzüge reichen.</translation>
    </message>
    <message>
        <source>Holds over {seconds} seconds are hard for many people and can bring on breathlessness, dizziness or panic.</source>
        <translation>Den Atem länger als {seconds} Sekunden zu halten, fällt vielen schwer und kann Atemnot, Schwindel oder Panik auslösen.</translation>
    </message>
    <message>
        <source>If you get panic attacks, holds can bring on breathlessness: start with a pattern without holds.</source>
        <translation>Wenn du Panikattacken hast, kann das Halten Atemnot auslösen: Beginne mit einem Atemmuster ohne Halten.</translation>
    </message>
    <message>
        <source>It is always fine to open your eyes, breathe your own way, or stop.</source>
        <translation>Du kannst jederzeit die Augen öffnen, in deinem eigenen Rhythmus atmen oder aufhören.</translation>
    </message>
    <message>
        <source>Pattern: {pattern}</source>
        <translation>Atemmuster: {pattern}</translation>
    </message>
    <message>
        <source>Skip the holds (breathe normally through them) if you are pregnant or have heart, lung or blood-pressure problems.</source>
        <translation>Lass das Halten aus (atme dabei normal weiter), wenn du schwanger bist oder Herz-, Lungen- oder Blutdruckprobleme hast.</translation>
    </message>
    <message>
        <source>Stop and breathe normally if you feel dizzy, light-headed or tingly.</source>
        <translation>Hör auf und atme normal, wenn dir schwindlig oder benommen wird oder es kribbelt.</translation>
    </message>
    <message>
        <source>This pattern holds the breath for up to {seconds} seconds.</source>
        <translation>Bei diesem Atemmuster hältst du den Atem bis zu {seconds} Sekunden an.</translation>
    </message>
    <message>
        <source>This pattern includes holding the breath.</source>
        <translation>Bei diesem Atemmuster hältst du den Atem an.</translation>
    </message>
    <message>
        <source>at {rate} breaths a minute, {field} {reason}</source>
        <translation>bei {rate} Atemzügen pro Minute: {field} {reason}</translation>
    </message>
    <message>
        <source>breathing exercises have no option {option}</source>
        <translation>Atemübungen haben keine Option {option}</translation>
    </message>
    <message>
        <source>must be between 1 and 1000</source>
        <translation>muss zwischen 1 und 1000 liegen</translation>
    </message>
    <message>
        <source>needs 2 &lt;= min &lt;= default &lt;= max &lt;= 30 breaths a minute</source>
        <translation>braucht 2 &lt;= min &lt;= default &lt;= max &lt;= 30 Atemzüge pro Minute</translation>
    </message>
    <message>
        <source>needs 2 to 20 seconds</source>
        <translation>braucht 2 bis 20 Sekunden</translation>
    </message>
    <message>
        <source>needs a unique id of letters, digits, dashes</source>
        <translation>braucht eine eindeutige ID aus Buchstaben, Ziffern und Bindestrichen</translation>
    </message>
    <message>
        <source>needs both min and max</source>
        <translation>braucht sowohl min als auch max</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no variants</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>{id} has no variant {variant} (variants: {known})</source>
        <translation>{id} hat keine Variante {variant} (Varianten: {known})</translation>
    </message>
    <message>
        <source>{name} can be paced from {minimum} to {maximum} breaths a minute, not {pace}</source>
        <translation>{name} geht mit {minimum} bis {maximum} Atemzügen pro Minute, nicht mit {pace}</translation>
    </message>
    <message>
        <source>{name} has no session length</source>
        <translation>{name} hat keine Sitzungslänge</translation>
    </message>
    <message>
        <source>{name}: {asked} breaths asked, {given} given. {reason}</source>
        <translation>{name}: {asked} Atemzüge gewünscht, {given} gegeben. {reason}</translation>
    </message>
</context>
<context>
    <name>BreathingOptions</name>
    <message>
        <source> breaths a minute</source>
        <translation> Atemzüge pro Minute</translation>
    </message>
    <message>
        <source>At this pace: {phases}.</source>
        <translation>In diesem Tempo: {phases}.</translation>
    </message>
    <message>
        <source>Pace in breaths a minute</source>
        <translation>Tempo in Atemzügen pro Minute</translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>Slower or faster; every phase is scaled, the proportions stay</source>
        <translation>Langsamer oder schneller; jede Phase wird angepasst, das Verhältnis bleibt</translation>
    </message>
    <message>
        <source>Standard ({pattern})</source>
        <translation>Standard ({pattern})</translation>
    </message>
    <message>
        <source>Version of the exercise</source>
        <translation>Version der Übung</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>{seconds} s {phase}</source>
        <translation>{seconds} s {phase}</translation>
    </message>
</context>
<context>
    <name>BreathingPattern</name>
    <message>
        <source>{seconds} s hold</source>
        <translation>{seconds} s halten</translation>
    </message>
    <message>
        <source>{seconds} s in</source>
        <translation>{seconds} s ein</translation>
    </message>
    <message>
        <source>{seconds} s out</source>
        <translation>{seconds} s aus</translation>
    </message>
    <message>
        <source>{seconds} s top-up</source>
        <translation>{seconds} s nachatmen</translation>
    </message>
</context>
<context>
    <name>BreathingPhase</name>
    <message>
        <source>A gentle, normal-sized breath in</source>
        <translation>Sanft und normal tief einatmen</translation>
    </message>
    <message>
        <source>A little more</source>
        <translation>Noch ein wenig</translation>
    </message>
    <message>
        <source>A short extra sip of air on top</source>
        <translation>Ein kurzer zusätzlicher Schluck Luft obendrauf</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Let the air flow out slowly</source>
        <translation>Lass die Luft langsam ausströmen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Rest with the lungs empty, softly</source>
        <translation>Mit leerer Lunge sanft ruhen</translation>
    </message>
    <message>
        <source>Rest with the lungs full, without straining</source>
        <translation>Mit voller Lunge ruhen, ohne Anstrengung</translation>
    </message>
    <message>
        <source>The hold after breathing in</source>
        <translation>Das Halten nach dem Einatmen</translation>
    </message>
    <message>
        <source>The pause after breathing out</source>
        <translation>Die Pause nach dem Ausatmen</translation>
    </message>
    <message>
        <source>The top-up breath</source>
        <translation>Das Nachatmen</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Nachatmen</translation>
    </message>
</context>
<context>
    <name>BreathingRules</name>
    <message>
        <source>A top-up is usually a short extra sip of {high} s or less.</source>
        <translation>Nachatmen ist meist ein kurzer zusätzlicher Schluck Luft von {high} s oder weniger.</translation>
    </message>
    <message>
        <source>At {rate} breaths a minute this is faster than calm breathing (about {calm} or fewer). Breathing this fast on purpose can lead to over-breathing: light-headedness, tingling, a racing heart. Slow it down, or stop and breathe normally, if that happens.</source>
        <translation>Mit {rate} Atemzügen pro Minute ist das schneller als ruhiges Atmen (etwa {calm} oder weniger). Absichtlich so schnell zu atmen, kann zu Überatmung führen: Benommenheit, Kribbeln, Herzrasen. Atme dann langsamer, oder hör auf und atme normal.</translation>
    </message>
    <message>
        <source>Holds over {high} s are hard for many people. Keep them soft, and breathe normally if you feel dizzy.</source>
        <translation>Den Atem länger als {high} s zu halten, fällt vielen schwer. Halte ihn sanft und atme normal, wenn dir schwindlig wird.</translation>
    </message>
    <message>
        <source>Longer than most people find comfortable (about {low}–{high} s). Fine if it suits you.</source>
        <translation>Länger, als es die meisten angenehm finden (etwa {low}–{high} s). In Ordnung, wenn es dir guttut.</translation>
    </message>
    <message>
        <source>One breath takes {seconds} s, slower than 2 breaths a minute. Very slow breathing can leave you short of air; breathe normally whenever you need to.</source>
        <translation>Ein Atemzug dauert {seconds} s, langsamer als 2 Atemzüge pro Minute. Sehr langsames Atmen kann dir die Luft knapp werden lassen; atme normal, wann immer du es brauchst.</translation>
    </message>
    <message>
        <source>Quicker than most people find comfortable (about {low}–{high} s). Short phases make for fast breathing, which can lead to over-breathing.</source>
        <translation>Kürzer, als es die meisten angenehm finden (etwa {low}–{high} s). Kurze Phasen machen das Atmen schnell, und das kann zu Überatmung führen.</translation>
    </message>
    <message>
        <source>must be at least {limit} second</source>
        <translation>muss mindestens {limit} Sekunde dauern</translation>
    </message>
    <message>
        <source>must be between 0 and {limit} seconds</source>
        <translation>muss zwischen 0 und {limit} Sekunden liegen</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>Calendar of the last year: minutes practised each day</source>
        <translation>Kalender des letzten Jahres: geübte Minuten pro Tag</translation>
    </message>
</context>
<context>
    <name>CalmDown</name>
    <message>
        <source>If this is panic: it usually peaks within about ten minutes. It feels dangerous, but it is not, and it passes. If the chest pain is new, or you are not sure it is panic, get urgent medical help now (F1 lists the emergency number).</source>
        <translation>Wenn das Panik ist: Sie erreicht meist innerhalb von etwa zehn Minuten ihren Höhepunkt. Sie fühlt sich gefährlich an, ist es aber nicht, und sie geht vorbei. Wenn der Brustschmerz neu ist oder du nicht sicher bist, ob es Panik ist, hol dir jetzt dringend ärztliche Hilfe (F1 zeigt die Notrufnummer).</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>'custom-' ids are kept for patterns people make</source>
        <translation>IDs mit „custom-“ sind für selbst angelegte Atemmuster reserviert</translation>
    </message>
    <message>
        <source>another definition</source>
        <translation>einer anderen Definition</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>holds a number with far too many digits</source>
        <translation>enthält eine Zahl mit viel zu vielen Ziffern</translation>
    </message>
    <message>
        <source>is nested too deeply</source>
        <translation>ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>is not valid TOML ({reason})</source>
        <translation>ist kein gültiges TOML ({reason})</translation>
    </message>
    <message>
        <source>larger than {size} KiB</source>
        <translation>größer als {size} KiB</translation>
    </message>
    <message>
        <source>needs the stage's number, from 1</source>
        <translation>braucht die Nummer der Stufe, ab 1</translation>
    </message>
    <message>
        <source>no exercise with id {id}; valid ids: {ids}</source>
        <translation>keine Übung mit der ID {id}; gültige IDs: {ids}</translation>
    </message>
    <message>
        <source>only CalmKit's own exercises form programmes</source>
        <translation>nur CalmKits eigene Übungen bilden Programme</translation>
    </message>
    <message>
        <source>stage {number} of {programme} is already {id}; this file was skipped</source>
        <translation>Stufe {number} von {programme} ist schon {id}; diese Datei wurde übersprungen</translation>
    </message>
    <message>
        <source>use 1-40 lower-case letters, digits and dashes</source>
        <translation>verwende 1–40 Kleinbuchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <source>{id} is already used by CalmKit's own “{name}”; this file was skipped</source>
        <translation>{id} gehört schon zu CalmKits eigener Übung „{name}“; diese Datei wurde übersprungen</translation>
    </message>
    <message>
        <source>{id} is already used by {file}; this file was skipped</source>
        <translation>{id} wird schon von {file} verwendet; diese Datei wurde übersprungen</translation>
    </message>
    <message>
        <source>{kind} sessions take the length they are</source>
        <translation>{kind}-Sitzungen dauern so lange, wie sie sind</translation>
    </message>
    <message>
        <source>{programme} is called {name} in {file}; this file was skipped</source>
        <translation>{programme} heißt in {file} {name}; diese Datei wurde übersprungen</translation>
    </message>
</context>
<context>
    <name>CautionDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor du beginnst</translation>
    </message>
    <message>
        <source>Don't show this again</source>
        <translation>Nicht mehr anzeigen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Arrow keys move between days: Up and Down by a day, Left and Right by a week. Home and End go to the first day and today.</source>
        <translation>Mit den Pfeiltasten gehst du durch die Tage: Hoch und Herunter um einen Tag, Links und Rechts um eine Woche. Pos1 und Ende springen zum ersten Tag und zu heute.</translation>
    </message>
    <message>
        <source>Left and Right arrows move between values; Home and End go to the ends.</source>
        <translation>Mit den Pfeiltasten links und rechts gehst du durch die Werte; Pos1 und Ende springen an die Enden.</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>keine Sitzungen</translation>
    </message>
    <message>
        <source>{chart}: nothing to show yet</source>
        <translation>{chart}: noch nichts zu zeigen</translation>
    </message>
    <message numerus="yes">
        <source>{time} in %n session(s)</source>
        <translation><numerusform>{time} in %n Sitzung</numerusform><numerusform>{time} in %n Sitzungen</numerusform></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Chart not saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>Save the chart “{title}” as a picture</source>
        <translation>Das Diagramm „{title}“ als Bild speichern</translation>
    </message>
    <message>
        <source>Save {title} as PNG</source>
        <translation>{title} als PNG speichern</translation>
    </message>
    <message>
        <source>Saved the chart to {path}.</source>
        <translation>Diagramm gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>The chart could not be saved to {path} ({problem}). Check that the folder exists and that you can write to it, then try again.</source>
        <translation>Das Diagramm konnte nicht unter {path} gespeichert werden ({problem}). Prüfe, ob es den Ordner gibt und ob du dort speichern darfst, und versuche es dann noch einmal.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>MMM yyyy</source>
        <comment>Qt date pattern: Jan 2026</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>Qt date pattern: 5 Jan</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>Qt date pattern: Mon 5 Jan 2026</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n Sitzung</numerusform><numerusform>%n Sitzungen</numerusform></translation>
    </message>
    <message>
        <source>--checkins is for the CSV export; the JSON export always includes your self-check results. Nothing was written.</source>
        <translation>--checkins gilt für den CSV-Export; der JSON-Export enthält deine Ergebnisse im Selbstcheck immer. Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation><numerusform>... und %n weitere.</numerusform><numerusform>... und %n weitere.</numerusform></translation>
    </message>
    <message>
        <source>Answer each with a number: {scale}.</source>
        <translation>Beantworte jede Frage mit einer Zahl: {scale}.</translation>
    </message>
    <message>
        <source>Anxiety self-check: a self-check, not a diagnosis.</source>
        <translation>Selbstcheck zur Angst: ein Selbstcheck, keine Diagnose.</translation>
    </message>
    <message>
        <source>CSV only: write your self-check results instead of sessions (the JSON export always includes them)</source>
        <translation>nur CSV: deine Ergebnisse im Selbstcheck statt der Sitzungen schreiben (der JSON-Export enthält sie immer)</translation>
    </message>
    <message>
        <source>CalmKit backs up your practice log once a day (keeping 7 daily and 4 weekly backups), before each update and before each restore.</source>
        <translation>CalmKit sichert dein Übungstagebuch einmal am Tag (7 tägliche und 4 wöchentliche Sicherungen bleiben erhalten), vor jedem Update und vor jeder Wiederherstellung.</translation>
    </message>
    <message>
        <source>Crisis lines by country:</source>
        <translation>Krisentelefone nach Land:</translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s)</source>
        <translation><numerusform>Aktuelle Serie: %n Tag in Folge</numerusform><numerusform>Aktuelle Serie: %n Tage in Folge</numerusform></translation>
    </message>
    <message>
        <source>Current streak: 0 days. Today is a fresh start.</source>
        <translation>Aktuelle Serie: 0 Tage. Heute ist ein neuer Anfang.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n self-check(s) to {file}.</source>
        <translation><numerusform>%n Selbstcheck nach {file} exportiert.</numerusform><numerusform>%n Selbstchecks nach {file} exportiert.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {file}.</source>
        <translation><numerusform>%n Sitzung nach {file} exportiert.</numerusform><numerusform>%n Sitzungen nach {file} exportiert.</numerusform></translation>
    </message>
    <message>
        <source>Help now</source>
        <translation>Hilfe jetzt</translation>
    </message>
    <message>
        <source>Help now ({country})</source>
        <translation>Hilfe jetzt ({country})</translation>
    </message>
    <message>
        <source>Importing it as it is would add nothing, because of the rejected rows; fix them, or add --skip-invalid to import the valid rows.</source>
        <translation>So importiert, würde wegen der abgelehnten Zeilen nichts hinzukommen; korrigiere sie, oder füge --skip-invalid hinzu, um die gültigen Zeilen zu importieren.</translation>
    </message>
    <message>
        <source>Kept a backup of your practice log in {file}.</source>
        <translation>Eine Sicherung deines Übungstagebuchs liegt in {file}.</translation>
    </message>
    <message>
        <source>Kept in CalmKit's own form (a new export writes them this way):</source>
        <translation>In der Form von CalmKit übernommen (ein neuer Export schreibt sie so):</translation>
    </message>
    <message>
        <source>Kept in your practice log; History in the app charts your results over time.</source>
        <translation>In deinem Übungstagebuch aufbewahrt; der Verlauf in der App zeigt deine Ergebnisse über die Zeit.</translation>
    </message>
    <message numerus="yes">
        <source>Longest streak: %n day(s)</source>
        <translation><numerusform>Längste Serie: %n Tag in Folge</numerusform><numerusform>Längste Serie: %n Tage in Folge</numerusform></translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Noch keine Sitzungen.</translation>
    </message>
    <message>
        <source>Not sure which format to write to {file}: name the file .csv (for spreadsheets) or .json, or choose one with --format csv or --format json. Nothing was written.</source>
        <translation>Unklar, welches Format in {file} geschrieben werden soll: Gib der Datei die Endung .csv (für Tabellenprogramme) oder .json, oder wähle eines mit --format csv oder --format json. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>Hinweis: {warning}</translation>
    </message>
    <message>
        <source>Nothing was imported, because of the rejected rows. Fix them, or add --skip-invalid to import only the valid rows.</source>
        <translation>Wegen der abgelehnten Zeilen wurde nichts importiert. Korrigiere sie, oder füge --skip-invalid hinzu, um nur die gültigen Zeilen zu importieren.</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>Numbers last checked {date}.</source>
        <translation>Nummern zuletzt geprüft am {date}.</translation>
    </message>
    <message>
        <source>Other countries:</source>
        <translation>Andere Länder:</translation>
    </message>
    <message>
        <source>Please type 0, 1, 2 or 3 ({scale}).</source>
        <translation>Bitte tippe 0, 1, 2 oder 3 ({scale}).</translation>
    </message>
    <message>
        <source>Practice days: {days}</source>
        <translation>Übungstage: {days}</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Abgelehnte Zeilen:</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s):</source>
        <translation><numerusform>%n Datei entfernt:</numerusform><numerusform>%n Dateien entfernt:</numerusform></translation>
    </message>
    <message>
        <source>Sessions: {sessions} ({completed} completed), {time} in total</source>
        <translation>Sitzungen: {sessions} ({completed} abgeschlossen), insgesamt {time}</translation>
    </message>
    <message>
        <source>Seven questions about the last 2 weeks, each answered 0-3; the total (0-21) and what it means are printed and kept in your practice log. This is a self-check, not a diagnosis.</source>
        <translation>Sieben Fragen zu den letzten 2 Wochen, jede mit 0-3 beantwortet; die Punktzahl (0-21) und was sie bedeutet, werden ausgegeben und in deinem Übungstagebuch aufbewahrt. Das ist ein Selbstcheck, keine Diagnose.</translation>
    </message>
    <message>
        <source>Somewhere else? {directory}</source>
        <translation>In einem anderen Land? {directory}</translation>
    </message>
    <message>
        <source>Suggested next: {name} ({exercise})</source>
        <translation>Als Nächstes vorgeschlagen: {name} ({exercise})</translation>
    </message>
    <message>
        <source>The ranges: {ranges}</source>
        <translation>Die Bereiche: {ranges}</translation>
    </message>
    <message>
        <source>The self-check was stopped before the end, so nothing was scored or stored.</source>
        <translation>Der Selbstcheck wurde vor dem Ende abgebrochen, daher wurde nichts ausgewertet oder gespeichert.</translation>
    </message>
    <message>
        <source>There is no CalmKit data in {folder}; nothing was removed.</source>
        <translation>In {folder} gibt es keine Daten von CalmKit; es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>There is no backup to restore. To start a new, empty log, move the file somewhere else; CalmKit never deletes it for you.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen. Für ein neues, leeres Übungstagebuch verschiebe die Datei an einen anderen Ort; CalmKit löscht sie nie für dich.</translation>
    </message>
    <message>
        <source>This removes your practice log, its backups and CalmKit's log files:</source>
        <translation>Das entfernt dein Übungstagebuch, seine Sicherungen und die Protokolldateien von CalmKit:</translation>
    </message>
    <message>
        <source>This was a dry run: nothing was written.</source>
        <translation>Das war ein Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>To bring it back later: calmkit backup restore {file}</source>
        <translation>Um sie später zurückzuholen: calmkit backup restore {file}</translation>
    </message>
    <message numerus="yes">
        <source>To set this file aside and restore the newest backup (%n session(s), {taken_at}): calmkit backup restore {backup}</source>
        <translation><numerusform>Um diese Datei beiseitezulegen und die neueste Sicherung wiederherzustellen (%n Sitzung, {taken_at}): calmkit backup restore {backup}</numerusform><numerusform>Um diese Datei beiseitezulegen und die neueste Sicherung wiederherzustellen (%n Sitzungen, {taken_at}): calmkit backup restore {backup}</numerusform></translation>
    </message>
    <message>
        <source>Type {word} to remove them for good: </source>
        <translation>Tippe {word}, um sie endgültig zu entfernen: </translation>
    </message>
    <message>
        <source>Your answer (0-3): </source>
        <translation>Deine Antwort (0-3): </translation>
    </message>
    <message>
        <source>Your backups: calmkit backup list. To set this file aside and restore the newest: calmkit backup restore ID.</source>
        <translation>Deine Sicherungen: calmkit backup list. Um diese Datei beiseitezulegen und die neueste wiederherzustellen: calmkit backup restore ID.</translation>
    </message>
    <message>
        <source>a backup's id from 'backup list', or a backup file</source>
        <translation>die Kennung einer Sicherung aus 'backup list' oder eine Sicherungsdatei</translation>
    </message>
    <message>
        <source>a programme (default: the first one)</source>
        <translation>ein Programm (Standard: das erste)</translation>
    </message>
    <message>
        <source>a two-letter country code such as DE or GB, or a country's English name (default: the country of your locale)</source>
        <translation>ein zweistelliger Ländercode wie DE oder GB oder der englische Name eines Landes (Standard: das Land deiner Spracheinstellung)</translation>
    </message>
    <message>
        <source>a variant of the exercise, e.g. long</source>
        <translation>eine Variante der Übung, z. B. long</translation>
    </message>
    <message>
        <source>about N minutes, rounded to whole breaths</source>
        <translation>etwa N Minuten, auf ganze Atemzüge gerundet</translation>
    </message>
    <message>
        <source>all seven answers at once, for scripts, e.g. 0,1,2,3,0,1,2</source>
        <translation>alle sieben Antworten auf einmal, für Skripte, z. B. 0,1,2,3,0,1,2</translation>
    </message>
    <message>
        <source>breathing: breaths a minute (the pattern is scaled)</source>
        <translation>Atmen: Atemzüge pro Minute (das Atemmuster wird angepasst)</translation>
    </message>
    <message>
        <source>check the file and report what would happen; nothing is written or created</source>
        <translation>die Datei prüfen und sagen, was passieren würde; nichts wird geschrieben oder angelegt</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>count as if DATE were the current practice day (default: now)</source>
        <translation>so zählen, als wäre DATE der aktuelle Übungstag (Standard: jetzt)</translation>
    </message>
    <message>
        <source>crisis lines and the emergency number, your region's first (as F1 in the app)</source>
        <translation>Krisentelefone und die Notrufnummer, die deiner Region zuerst (wie F1 in der App)</translation>
    </message>
    <message>
        <source>current</source>
        <comment>the stage practised last</comment>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>cycles must be between 1 and 1000</source>
        <translation>die Durchgänge müssen zwischen 1 und 1000 liegen</translation>
    </message>
    <message>
        <source>default: from the FILE's extension (.csv or .json), else csv</source>
        <translation>Standard: nach der Endung von FILE (.csv oder .json), sonst csv</translation>
    </message>
    <message>
        <source>delete</source>
        <comment>the word typed to confirm that all data is removed</comment>
        <translation>löschen</translation>
    </message>
    <message>
        <source>delete-all-data asks you to type {word} in a terminal; to run it from a script, add --yes. Nothing was removed.</source>
        <translation>delete-all-data bittet dich, in einem Terminal {word} einzutippen; für ein Skript füge --yes hinzu. Es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>distress {before} -&gt; {after}</source>
        <translation>Belastung {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>do not ask to type {word} first</source>
        <translation>nicht vorher verlangen, {word} einzutippen</translation>
    </message>
    <message>
        <source>each group twice</source>
        <translation>jede Muskelgruppe zweimal</translation>
    </message>
    <message>
        <source>exactly N cycles (breaths, rounds)</source>
        <translation>genau N Durchgänge (Atemzüge, Runden)</translation>
    </message>
    <message>
        <source>first keep one backup of the practice log in FILE, outside CalmKit's folder ('calmkit backup restore FILE' brings it back)</source>
        <translation>vorher eine Sicherung des Übungstagebuchs in FILE aufbewahren, außerhalb des Ordners von CalmKit ('calmkit backup restore FILE' holt sie zurück)</translation>
    </message>
    <message>
        <source>guided imagery: the short (about 5 min) or long (about 12 min) version</source>
        <translation>Fantasiereise: die kurze (etwa 5 min) oder die lange (etwa 12 min) Fassung</translation>
    </message>
    <message>
        <source>keep the practice log in DIR (default: $CALMKIT_DATA_DIR, else the user data folder)</source>
        <translation>das Übungstagebuch in DIR führen (Standard: $CALMKIT_DATA_DIR, sonst der Datenordner deines Benutzerkontos)</translation>
    </message>
    <message>
        <source>leave AREA out and let it rest, e.g. right-hand, neck, left-leg (repeatable)</source>
        <translation>AREA auslassen und ruhen lassen, z. B. right-hand, neck, left-leg (mehrfach möglich)</translation>
    </message>
    <message>
        <source>list sessions, newest first</source>
        <translation>Sitzungen auflisten, die neueste zuerst</translation>
    </message>
    <message>
        <source>list the exercises</source>
        <translation>die Übungen auflisten</translation>
    </message>
    <message>
        <source>list, make or restore backups of the practice log</source>
        <translation>Sicherungen des Übungstagebuchs auflisten, anlegen oder wiederherstellen</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maschinenlesbare Ausgabe</translation>
    </message>
    <message>
        <source>make a backup now</source>
        <translation>jetzt eine Sicherung anlegen</translation>
    </message>
    <message>
        <source>merge sessions, self-checks and saved patterns from a CSV or JSON export (importing twice changes nothing; with a bad row nothing is imported)</source>
        <translation>Sitzungen, Selbstchecks und gespeicherte Atemmuster aus einem CSV- oder JSON-Export übernehmen (zweimal importieren ändert nichts; mit einer fehlerhaften Zeile wird nichts importiert)</translation>
    </message>
    <message>
        <source>minutes must be more than 0 and at most 180</source>
        <translation>die Minuten müssen mehr als 0 und höchstens 180 sein</translation>
    </message>
    <message>
        <source>muscle relaxation (pmr-*)</source>
        <translation>Muskelentspannung (pmr-*)</translation>
    </message>
    <message>
        <source>no crisis lines are listed for {region}; showing the international directory and every line.</source>
        <translation>für {region} sind keine Krisentelefone eingetragen; es werden das internationale Verzeichnis und alle Telefone gezeigt.</translation>
    </message>
    <message>
        <source>no programme of stages is installed</source>
        <translation>es ist kein Programm mit Stufen installiert</translation>
    </message>
    <message>
        <source>no programme with id {wanted}; valid ids: {known}</source>
        <translation>kein Programm mit der Kennung {wanted}; gültige Kennungen: {known}</translation>
    </message>
    <message>
        <source>only the newest N sessions</source>
        <translation>nur die neuesten N Sitzungen</translation>
    </message>
    <message>
        <source>open the app straight into an exercise and start it</source>
        <translation>die App direkt mit einer Übung öffnen und sie starten</translation>
    </message>
    <message>
        <source>print the steps of an exercise session</source>
        <translation>die Schritte einer Übungssitzung ausgeben</translation>
    </message>
    <message>
        <source>remove the practice log, its backups and the log files</source>
        <translation>das Übungstagebuch, seine Sicherungen und die Protokolldateien entfernen</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>FILE ersetzen, falls die Datei schon existiert</translation>
    </message>
    <message>
        <source>replace the practice log with a backup (what it replaces is backed up first; a damaged log is set aside, never deleted)</source>
        <translation>das Übungstagebuch durch eine Sicherung ersetzen (was ersetzt wird, wird vorher gesichert; ein beschädigtes Übungstagebuch wird beiseitegelegt, nie gelöscht)</translation>
    </message>
    <message numerus="yes">
        <source>saved %n session(s) that CalmKit was running when it closed unexpectedly; the history marks it recovered.</source>
        <translation><numerusform>%n Sitzung gespeichert, die lief, als CalmKit unerwartet geschlossen wurde; der Verlauf kennzeichnet sie als wiederhergestellt.</numerusform><numerusform>%n Sitzungen gespeichert, die liefen, als CalmKit unerwartet geschlossen wurde; der Verlauf kennzeichnet sie als wiederhergestellt.</numerusform></translation>
    </message>
    <message>
        <source>seconds of letting go (30-40)</source>
        <translation>Sekunden zum Loslassen (30-40)</translation>
    </message>
    <message>
        <source>seconds of tensing (5-7)</source>
        <translation>Sekunden zum Anspannen (5-7)</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>die Version zeigen und beenden</translation>
    </message>
    <message>
        <source>skipped an exercise file: {problem}</source>
        <translation>eine Übungsdatei wurde übersprungen: {problem}</translation>
    </message>
    <message>
        <source>start in the system tray without opening the window (as when CalmKit starts at log-in); where there is no tray, the window opens as usual</source>
        <translation>im Infobereich starten, ohne das Fenster zu öffnen (wie beim Start von CalmKit bei der Anmeldung); ohne Infobereich öffnet sich das Fenster wie gewohnt</translation>
    </message>
    <message>
        <source>start the app, exit 0 once the main window has been painted</source>
        <translation>die App starten und mit 0 beenden, sobald das Hauptfenster gezeichnet ist</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>stopped early: recovered after CalmKit closed unexpectedly</source>
        <translation>vorzeitig beendet: wiederhergestellt, nachdem CalmKit unerwartet geschlossen wurde</translation>
    </message>
    <message>
        <source>streaks and totals</source>
        <translation>Serien und Summen</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>the backups, newest first</source>
        <translation>die Sicherungen, die neueste zuerst</translation>
    </message>
    <message>
        <source>the crisis lines could not be read ({problem}); showing the emergency numbers only.</source>
        <translation>die Krisentelefone konnten nicht gelesen werden ({problem}); es werden nur die Notrufnummern gezeigt.</translation>
    </message>
    <message>
        <source>the export to read ('-' for stdin)</source>
        <translation>der Export, der gelesen wird ('-' für stdin)</translation>
    </message>
    <message>
        <source>the left side goes first</source>
        <translation>die linke Seite kommt zuerst</translation>
    </message>
    <message>
        <source>the number must be at least 1</source>
        <translation>die Zahl muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>the practice log at {path} is damaged and could not be read ({error}). Nothing was written to it.</source>
        <translation>das Übungstagebuch unter {path} ist beschädigt und konnte nicht gelesen werden ({error}). Es wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <source>the stages of a programme, your sessions of each, and the suggested next stage</source>
        <translation>die Stufen eines Programms, deine Sitzungen jeder Stufe und die vorgeschlagene nächste Stufe</translation>
    </message>
    <message>
        <source>the weekly anxiety self-check (adapted from the GAD-7; not a diagnosis)</source>
        <translation>der wöchentliche Selbstcheck zur Angst (nach dem GAD-7; keine Diagnose)</translation>
    </message>
    <message>
        <source>when some rows cannot be used, import the valid ones anyway (without it, nothing is imported unless every row is fine)</source>
        <translation>wenn einige Zeilen nicht verwendet werden können, die gültigen trotzdem importieren (ohne diese Option wird nur importiert, wenn jede Zeile in Ordnung ist)</translation>
    </message>
    <message>
        <source>write the practice log as CSV or JSON</source>
        <translation>das Übungstagebuch als CSV oder JSON schreiben</translation>
    </message>
    <message>
        <source>write to FILE (default: stdout)</source>
        <translation>in FILE schreiben (Standard: stdout)</translation>
    </message>
    <message>
        <source>your own patterns could not be read: {error}</source>
        <translation>deine eigenen Atemmuster konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>{app}: guided breathing and relaxation exercises, fully offline. With no command, opens the app.</source>
        <translation>{app}: angeleitete Atem- und Entspannungsübungen, ganz ohne Internet. Ohne Befehl öffnet sich die App.</translation>
    </message>
    <message>
        <source>{countries}: {line}</source>
        <translation>{countries}: {line}</translation>
    </message>
    <message>
        <source>{file} already exists; choose another file or add --force to replace it.</source>
        <translation>{file} gibt es schon; wähle eine andere Datei oder füge --force hinzu, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>{file} was not imported: {error}</source>
        <translation>{file} wurde nicht importiert: {error}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>{line} (open 24/7)</source>
        <translation>{line} (rund um die Uhr erreichbar)</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{name} (about {minutes} min)</source>
        <translation>{name} (etwa {minutes} min)</translation>
    </message>
    <message numerus="yes">
        <source>{name} ({programme}): %n stage(s)</source>
        <translation><numerusform>{name} ({programme}): %n Stufe</numerusform><numerusform>{name} ({programme}): %n Stufen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n step(s), {cycles}, {seconds} s</source>
        <translation><numerusform>{name}: %n Schritt, {cycles}, {seconds} s</numerusform><numerusform>{name}: %n Schritte, {cycles}, {seconds} s</numerusform></translation>
    </message>
    <message>
        <source>{number} of {count}. {question}</source>
        <translation>{number} von {count}. {question}</translation>
    </message>
    <message>
        <source>{text} is not a date like 2026-01-05</source>
        <translation>{text} ist kein Datum wie 2026-01-05</translation>
    </message>
    <message>
        <source>{text} is not a number of breaths a minute</source>
        <translation>{text} ist keine Zahl von Atemzügen pro Minute</translation>
    </message>
    <message>
        <source>{text} is not a number of minutes</source>
        <translation>{text} ist keine Zahl von Minuten</translation>
    </message>
    <message>
        <source>{text} is not a number of seconds</source>
        <translation>{text} ist keine Zahl von Sekunden</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>{text} is not a whole number of cycles</source>
        <translation>{text} ist keine ganze Zahl von Durchgängen</translation>
    </message>
    <message>
        <source>{title} (distress 0-10, before minus after):</source>
        <translation>{title} (Belastung 0-10, vorher minus nachher):</translation>
    </message>
</context>
<context>
    <name>CliBackup</name>
    <message numerus="yes">
        <source>Backed up %n session(s) as {id}.</source>
        <translation><numerusform>%n Sitzung als {id} gesichert.</numerusform><numerusform>%n Sitzungen als {id} gesichert.</numerusform></translation>
    </message>
    <message>
        <source>No backups yet (they are kept in {folder}).</source>
        <translation>Noch keine Sicherungen (sie liegen in {folder}).</translation>
    </message>
    <message numerus="yes">
        <source>Restored the backup from {when} (%n session(s)).</source>
        <translation><numerusform>Die Sicherung vom {when} ist wiederhergestellt (%n Sitzung).</numerusform><numerusform>Die Sicherung vom {when} ist wiederhergestellt (%n Sitzungen).</numerusform></translation>
    </message>
    <message>
        <source>The file that was there was damaged; it was set aside, unchanged, as {path}.</source>
        <translation>Die Datei, die dort lag, war beschädigt; sie wurde unverändert beiseitegelegt, als {path}.</translation>
    </message>
    <message>
        <source>The file that was there was not a CalmKit practice log; it was set aside, unchanged, as {path}.</source>
        <translation>Die Datei, die dort lag, war kein Übungstagebuch von CalmKit; sie wurde unverändert beiseitegelegt, als {path}.</translation>
    </message>
    <message>
        <source>There is no practice log in {folder} yet; nothing to back up.</source>
        <translation>In {folder} gibt es noch kein Übungstagebuch; es gibt nichts zu sichern.</translation>
    </message>
    <message>
        <source>What the log held before was backed up first as {id}.</source>
        <translation>Was das Übungstagebuch vorher enthielt, wurde zuerst als {id} gesichert.</translation>
    </message>
    <message>
        <source>calmkit: the backup {id} is damaged or cannot be read; choose another. Nothing was changed.</source>
        <translation>calmkit: Die Sicherung {id} ist beschädigt oder nicht lesbar; wähle eine andere. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>calmkit: there is no backup {id}; 'calmkit backup list' shows them. Nothing was changed.</source>
        <translation>calmkit: Es gibt keine Sicherung {id}; 'calmkit backup list' zeigt sie. Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>{when}  {reason}, %n session(s)</source>
        <translation><numerusform>{when}  {reason}, %n Sitzung</numerusform><numerusform>{when}  {reason}, %n Sitzungen</numerusform></translation>
    </message>
    <message>
        <source>{when}  {reason}, cannot be read</source>
        <translation>{when}  {reason}, nicht lesbar</translation>
    </message>
</context>
<context>
    <name>Crisis</name>
    <message>
        <source>112 also works from a mobile phone</source>
        <translation>vom Handy geht auch die 112</translation>
    </message>
    <message>
        <source>999 also works</source>
        <translation>die 999 geht auch</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <source>Call 024 (free)</source>
        <extracomment>resources/crisis.toml</extracomment>
        <translation>Anruf unter 024 (kostenlos)</translation>
    </message>
    <message>
        <source>Call 0800 111 0 111 or 0800 111 0 222 (free)</source>
        <extracomment>resources/crisis.toml</extracomment>
        <translation>Anruf unter 0800 111 0 111 oder 0800 111 0 222 (kostenlos)</translation>
    </message>
    <message>
        <source>Call 113, or 0800-0113 (free)</source>
        <extracomment>resources/crisis.toml</extracomment>
        <translation>Anruf unter 113 oder 0800-0113 (kostenlos)</translation>
    </message>
    <message>
        <source>Call 116 123 (free)</source>
        <extracomment>resources/crisis.toml</extracomment>
        <translation>Anruf unter 116 123 (kostenlos)</translation>
    </message>
    <message>
        <source>Call 13 11 14 or text 0477 13 11 14</source>
        <extracomment>resources/crisis.toml</extracomment>
        <translation>Anruf unter 13 11 14 oder SMS an 0477 13 11 14</translation>
    </message>
    <message>
        <source>Call 14416 or 1-800-891-4416 (free)</source>
        <extracomment>resources/crisis.toml</extracomment>
        <translation>Anruf unter 14416 oder 1-800-891-4416 (kostenlos)</translation>
    </message>
    <message>
        <source>Call 3114 (free)</source>
        <extracomment>resources/crisis.toml</extracomment>
        <translation>Anruf unter 3114 (kostenlos)</translation>
    </message>
    <message>
        <source>Call or text 1737 (free)</source>
        <extracomment>resources/crisis.toml</extracomment>
        <translation>Anruf oder SMS an 1737 (kostenlos)</translation>
    </message>
    <message>
        <source>Call or text 988</source>
        <extracomment>resources/crisis.toml</extracomment>
        <translation>Anruf oder SMS an 988</translation>
    </message>
    <message>
        <source>CalmKit has no crisis line listed for {place}.</source>
        <translation>Für dieses Land ({place}) kennt CalmKit kein Krisentelefon.</translation>
    </message>
    <message>
        <source>CalmKit offers self-help exercises. It is not a medical or emergency service and cannot contact anyone for you.</source>
        <translation>CalmKit bietet Übungen zur Selbsthilfe. Es ist kein medizinischer Dienst und kein Notdienst und kann niemanden für dich benachrichtigen.</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <source>If you are in danger, or might act on thoughts of harming yourself, call your local emergency number now. In the European Union and many other countries it is 112; in the United States and Canada, 911.</source>
        <translation>Wenn du in Gefahr bist oder Gedanken, dir etwas anzutun, in die Tat umsetzen könntest, ruf jetzt den Notruf an. In der Europäischen Union und vielen anderen Ländern ist das die 112, in den USA und Kanada die 911.</translation>
    </message>
    <message>
        <source>If you are in danger, or might act on thoughts of harming yourself, call {number} now ({note}).</source>
        <translation>Wenn du in Gefahr bist oder Gedanken, dir etwas anzutun, in die Tat umsetzen könntest, ruf jetzt die {number} an ({note}).</translation>
    </message>
    <message>
        <source>If you are in danger, or might act on thoughts of harming yourself, call {number} now.</source>
        <translation>Wenn du in Gefahr bist oder Gedanken, dir etwas anzutun, in die Tat umsetzen könntest, ruf jetzt die {number} an.</translation>
    </message>
    <message>
        <source>In {place}</source>
        <translation>{place}</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>Text HELLO to 50808 (free)</source>
        <extracomment>resources/crisis.toml</extracomment>
        <translation>SMS mit HELLO an 50808 (kostenlos)</translation>
    </message>
    <message>
        <source>Text SHOUT to 85258 (free)</source>
        <extracomment>resources/crisis.toml</extracomment>
        <translation>SMS mit SHOUT an 85258 (kostenlos)</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>You do not need to be suicidal to call. These lines are for anyone who is struggling, frightened or overwhelmed, and the people there listen without judging.</source>
        <translation>Du musst nicht an Suizid denken, um anzurufen. Diese Telefone sind für alle, denen es schlecht geht, die Angst haben oder überfordert sind, und die Menschen dort hören zu, ohne zu urteilen.</translation>
    </message>
    <message>
        <source>lists free, confidential helplines in many countries</source>
        <translation>nennt kostenlose, vertrauliche Hilfetelefone in vielen Ländern</translation>
    </message>
    <message>
        <source>lists free, confidential helplines in many more countries</source>
        <extracomment>resources/crisis.toml</extracomment>
        <translation>nennt kostenlose, vertrauliche Hilfetelefone in vielen weiteren Ländern</translation>
    </message>
    <message>
        <source>the {country}</source>
        <translation>{country}</translation>
    </message>
    <message>
        <source>your country</source>
        <translation>dein Land</translation>
    </message>
    <message>
        <source>{entry} must be a table</source>
        <translation>{entry} muss eine Tabelle sein</translation>
    </message>
    <message>
        <source>{entry}: {country} already has an emergency number (entry {other})</source>
        <translation>{entry}: {country} hat schon eine Notrufnummer (Eintrag {other})</translation>
    </message>
    <message>
        <source>{file}: [directory] is missing (name, url and text)</source>
        <translation>{file}: [directory] fehlt (name, url und text)</translation>
    </message>
    <message>
        <source>{file}: [regions] must name each country code, e.g. DE = ...</source>
        <translation>{file}: [regions] muss jeden Ländercode benennen, z. B. DE = ...</translation>
    </message>
    <message>
        <source>{file}: [regions]: {code} is not a two-letter country code in capitals</source>
        <translation>{file}: [regions]: {code} ist kein zweistelliger Ländercode in Großbuchstaben</translation>
    </message>
    <message>
        <source>{file}: [regions]: {code} needs a name in quotes</source>
        <translation>{file}: [regions]: {code} braucht einen Namen in Anführungszeichen</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{file}: is not UTF-8 text</source>
        <translation>{file}: ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>{file}: is not valid TOML ({reason})</source>
        <translation>{file}: ist kein gültiges TOML ({reason})</translation>
    </message>
    <message>
        <source>{file}: last_checked must be a date such as 2026-11-22</source>
        <translation>{file}: last_checked muss ein Datum wie 2026-11-22 sein</translation>
    </message>
    <message>
        <source>{file}: needs at least one [[{table}]] entry</source>
        <translation>{file}: braucht mindestens einen Eintrag [[{table}]]</translation>
    </message>
    <message>
        <source>{file}: {key} is not a known key (known: {known})</source>
        <translation>{file}: {key} ist kein bekannter Schlüssel (bekannt: {known})</translation>
    </message>
    <message>
        <source>{file}: {table} entry {number}</source>
        <translation>{file}: {table}, Eintrag {number}</translation>
    </message>
    <message>
        <source>{key} has {code}, which [regions] does not name</source>
        <translation>{key} enthält {code}, das [regions] nicht benennt</translation>
    </message>
    <message>
        <source>{key} is missing (it must be text in quotes)</source>
        <translation>{key} fehlt (es muss Text in Anführungszeichen sein)</translation>
    </message>
    <message>
        <source>{key} is not a known key (known: {known})</source>
        <translation>{key} ist kein bekannter Schlüssel (bekannt: {known})</translation>
    </message>
    <message>
        <source>{key} must be a list of two-letter country codes, e.g. ["GB", "IE"]</source>
        <translation>{key} muss eine Liste zweistelliger Ländercodes sein, z. B. ["GB", "IE"]</translation>
    </message>
    <message>
        <source>{key} must be digits, not {value}</source>
        <translation>{key} muss aus Ziffern bestehen, nicht {value}</translation>
    </message>
    <message>
        <source>{key} must be the service's https:// address, not {value}</source>
        <translation>{key} muss die https://-Adresse des Dienstes sein, nicht {value}</translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation>{key} muss true oder false sein</translation>
    </message>
    <message>
        <source>{name} ({address}) {what_it_offers}.</source>
        <translation>{name} ({address}) {what_it_offers}.</translation>
    </message>
    <message>
        <source>{number} ({note})</source>
        <translation>{number} ({note})</translation>
    </message>
</context>
<context>
    <name>CrisisDialog</name>
    <message>
        <source>&amp;Your region:</source>
        <translation>&amp;Deine Region:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Krisentelefone</translation>
    </message>
    <message>
        <source>Help now</source>
        <translation>Hilfe jetzt</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Woanders</translation>
    </message>
    <message>
        <source>Your region</source>
        <translation>Deine Region</translation>
    </message>
</context>
<context>
    <name>CrisisGuide</name>
    <message>
        <source>Crisis lines by country</source>
        <translation>Krisentelefone nach Land</translation>
    </message>
    <message>
        <source>In {place}</source>
        <translation>{place}</translation>
    </message>
    <message>
        <source>Numbers last checked {date}.</source>
        <translation>Nummern zuletzt geprüft am {date}.</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>Andere Länder</translation>
    </message>
    <message>
        <source>Somewhere else? {directory}</source>
        <translation>Woanders? {directory}</translation>
    </message>
    <message>
        <source>The list of crisis lines could not be read, so only emergency numbers are shown here. Details are in the log.</source>
        <translation>Die Liste der Krisentelefone konnte nicht gelesen werden, darum stehen hier nur Notrufnummern. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>open 24/7</source>
        <translation>rund um die Uhr</translation>
    </message>
    <message>
        <source>{name} ({address}) {what_it_offers}.</source>
        <translation>{name} ({address}) {what_it_offers}.</translation>
    </message>
</context>
<context>
    <name>CustomPattern</name>
    <message>
        <source>Give the pattern a name.</source>
        <translation>Gib dem Atemmuster einen Namen.</translation>
    </message>
    <message>
        <source>Keep each breath soft and normal-sized. It is fine to stop at any time.</source>
        <translation>Atme jedes Mal sanft und normal tief. Du kannst jederzeit aufhören.</translation>
    </message>
    <message>
        <source>Keep the name to {limit} characters or fewer (this one has {length}).</source>
        <translation>Der Name darf höchstens {limit} Zeichen lang sein (dieser hat {length}).</translation>
    </message>
    <message>
        <source>Skip the holds if you are pregnant or have heart, lung or blood-pressure problems.</source>
        <translation>Lass das Halten aus, wenn du schwanger bist oder Herz-, Lungen- oder Blutdruckprobleme hast.</translation>
    </message>
    <message>
        <source>Stop and breathe normally if you feel dizzy, tingly or short of breath.</source>
        <translation>Hör auf und atme normal, wenn dir schwindlig wird, es kribbelt oder dir die Luft knapp wird.</translation>
    </message>
    <message>
        <source>The name cannot contain line breaks or tabs.</source>
        <translation>Der Name darf keine Zeilenumbrüche oder Tabulatoren enthalten.</translation>
    </message>
    <message>
        <source>The pattern</source>
        <translation>Das Atemmuster</translation>
    </message>
    <message>
        <source>Worth knowing: {advice}</source>
        <translation>Gut zu wissen: {advice}</translation>
    </message>
    <message>
        <source>You already have a pattern called “{name}”.</source>
        <translation>Du hast schon ein Atemmuster namens „{name}“.</translation>
    </message>
    <message>
        <source>Your own pattern: about {rate} breaths a minute. Change it with Edit (F2), or make a copy to try a variation (Ctrl+D).</source>
        <translation>Dein eigenes Atemmuster: etwa {rate} Atemzüge pro Minute. Ändere es mit Bearbeiten (F2), oder leg eine Kopie an, um eine Abwandlung auszuprobieren (Strg+D).</translation>
    </message>
    <message>
        <source>Your saved pattern {id} could not be used and was skipped: {reason} It is still in the practice log, unchanged.</source>
        <translation>Dein gespeichertes Atemmuster {id} konnte nicht verwendet werden und wurde übersprungen: {reason} Es ist weiter unverändert im Übungstagebuch.</translation>
    </message>
    <message>
        <source>Your saved pattern “{name}” ({id}) could not be used and was skipped: {reason} It is still in the practice log, unchanged.</source>
        <translation>Dein gespeichertes Atemmuster „{name}“ ({id}) konnte nicht verwendet werden und wurde übersprungen: {reason} Es ist weiter unverändert im Übungstagebuch.</translation>
    </message>
    <message>
        <source>a different pattern with this id (“{name}”) is already saved; it was left as it is</source>
        <translation>ein anderes Atemmuster mit dieser ID („{name}“) ist schon gespeichert; es bleibt, wie es ist</translation>
    </message>
    <message>
        <source>a different pattern with this id is already saved; it was left as it is</source>
        <translation>ein anderes Atemmuster mit dieser ID ist schon gespeichert; es bleibt, wie es ist</translation>
    </message>
    <message>
        <source>a number in it is far too large.</source>
        <translation>eine Zahl darin ist viel zu groß.</translation>
    </message>
    <message>
        <source>copy</source>
        <comment>a pattern's name</comment>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>deleted is neither true nor false.</source>
        <translation>deleted ist weder true noch false.</translation>
    </message>
    <message>
        <source>it has no name.</source>
        <translation>es hat keinen Namen.</translation>
    </message>
    <message>
        <source>its default length ({value} breaths) is not a whole number.</source>
        <translation>seine Standardlänge ({value} Atemzüge) ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>its default length ({value} minutes) is not a number.</source>
        <translation>seine Standardlänge ({value} Minuten) ist keine Zahl.</translation>
    </message>
    <message>
        <source>its default length is not a number.</source>
        <translation>seine Standardlänge ist keine Zahl.</translation>
    </message>
    <message>
        <source>its default length is not usable ({reason}).</source>
        <translation>seine Standardlänge ist nicht verwendbar ({reason}).</translation>
    </message>
    <message>
        <source>its id {id} is not a custom-pattern id.</source>
        <translation>seine ID {id} ist keine ID eines eigenen Atemmusters.</translation>
    </message>
    <message>
        <source>its place in the list ({value}) is not a whole number.</source>
        <translation>sein Platz in der Liste ({value}) ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>restored</source>
        <comment>a pattern's name</comment>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>you already have a pattern called “{name}”; rename one of them and import again</source>
        <translation>du hast schon ein Atemmuster namens „{name}“; benenne eines davon um und importiere noch einmal</translation>
    </message>
    <message>
        <source>{field} is missing.</source>
        <translation>{field} fehlt.</translation>
    </message>
    <message>
        <source>{phase} is not a number ({value}).</source>
        <translation>{phase} ist keine Zahl ({value}).</translation>
    </message>
    <message>
        <source>{phase} must be a number of seconds.</source>
        <translation>{phase} muss eine Zahl in Sekunden sein.</translation>
    </message>
    <message>
        <source>{phase} must be at least {lowest} s.</source>
        <translation>{phase} muss mindestens {lowest} s dauern.</translation>
    </message>
    <message>
        <source>{phase} must be between 0 and {highest} s.</source>
        <translation>{phase} muss zwischen 0 und {highest} s liegen.</translation>
    </message>
    <message>
        <source>{phase} must be in half-second steps, like 4 or 4.5 s.</source>
        <translation>{phase} muss in halben Sekunden angegeben werden, etwa 4 oder 4,5 s.</translation>
    </message>
    <message>
        <source>{phase} {reason}.</source>
        <comment>a phase and what is wrong with it</comment>
        <translation>{phase} {reason}.</translation>
    </message>
</context>
<context>
    <name>DailyMinutesChart</name>
    <message>
        <source>Minutes practised per day</source>
        <translation>Geübte Minuten pro Tag</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation>Alle meine &amp;Daten löschen…</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Verlauf exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>Verlauf &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>CalmKit has to close</source>
        <translation>CalmKit muss beendet werden</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>{name} wird geprüft…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}.</source>
        <translation><numerusform>%n Sitzung nach {path} exportiert.</numerusform><numerusform>%n Sitzungen nach {path} exportiert.</numerusform></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Verlauf importieren</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert…</translation>
    </message>
    <message>
        <source>Not everything was deleted</source>
        <translation>Nicht alles wurde gelöscht</translation>
    </message>
    <message>
        <source>Nothing to delete</source>
        <translation>Nichts zu löschen</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s):
{files}

CalmKit now starts afresh with an empty practice log and default settings.</source>
        <translation><numerusform>%n Datei entfernt:
{files}

CalmKit beginnt jetzt neu, mit einem leeren Übungstagebuch und den Standardeinstellungen.</numerusform><numerusform>%n Dateien entfernt:
{files}

CalmKit beginnt jetzt neu, mit einem leeren Übungstagebuch und den Standardeinstellungen.</numerusform></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>The practice log could not be opened again ({problem}). CalmKit will close now; start it again when the problem is solved.</source>
        <translation>Das Übungstagebuch konnte nicht wieder geöffnet werden ({problem}). CalmKit schließt sich jetzt; starte es wieder, wenn das Problem gelöst ist.</translation>
    </message>
    <message>
        <source>There is no CalmKit data in {folder}.</source>
        <translation>In {folder} gibt es keine CalmKit-Daten.</translation>
    </message>
    <message>
        <source>This is available once the session has ended.</source>
        <translation>Das geht, sobald die Sitzung vorbei ist.</translation>
    </message>
    <message>
        <source>Today's backup could not be made. {problem}</source>
        <translation>Die heutige Sicherung konnte nicht erstellt werden. {problem}</translation>
    </message>
    <message>
        <source>Writing your history to {name}…</source>
        <translation>Dein Verlauf wird in {name} geschrieben…</translation>
    </message>
    <message>
        <source>Your data was deleted</source>
        <translation>Deine Daten wurden gelöscht</translation>
    </message>
    <message>
        <source>{name} was not imported. {problem} Your history is as it was.</source>
        <translation>{name} wurde nicht importiert. {problem} Dein Verlauf ist unverändert.</translation>
    </message>
</context>
<context>
    <name>DeleteDataDialog</name>
    <message>
        <source>&amp;Delete everything</source>
        <translation>Alles &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Export my history first…</source>
        <translation>Erst &amp;Verlauf exportieren…</translation>
    </message>
    <message>
        <source>&amp;Keep my data</source>
        <translation>Daten &amp;behalten</translation>
    </message>
    <message>
        <source>&lt;p&gt;This removes your whole practice log: every session, rating, note and self-check, your settings, its backups, and CalmKit's log files. &lt;b&gt;It cannot be undone.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;If you might want your history later, export it first; you can import the file again at any time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das entfernt dein ganzes Übungstagebuch: jede Sitzung, Einschätzung, Notiz und jeden Selbstcheck, deine Einstellungen, seine Sicherungen und die Protokolldateien von CalmKit. &lt;b&gt;Das lässt sich nicht rückgängig machen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Wenn du deinen Verlauf später vielleicht noch möchtest, exportiere ihn vorher; du kannst die Datei jederzeit wieder importieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <source>Files that will be removed</source>
        <translation>Dateien, die entfernt werden</translation>
    </message>
    <message>
        <source>These files will be removed:</source>
        <translation>Diese Dateien werden entfernt:</translation>
    </message>
    <message>
        <source>To remove them, type {word}:</source>
        <translation>Um sie zu entfernen, gib {word} ein:</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Zum Bestätigen {word} eingeben</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <source>&amp;Tray and reminders</source>
        <translation>&amp;Infobereich und Erinnerungen</translation>
    </message>
    <message>
        <source>CalmKit could not change whether it starts when you log in ({problem}).</source>
        <translation>CalmKit konnte nicht ändern, ob es beim Anmelden startet ({problem}).</translation>
    </message>
</context>
<context>
    <name>DesktopPage</name>
    <message>
        <source>&amp;Keep CalmKit in the system tray when I close the window</source>
        <translation>CalmKit beim Schließen des Fensters im Infobereich &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>Übun&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Remind me to practise</source>
        <translation>&amp;Erinnere mich ans Üben</translation>
    </message>
    <message>
        <source>A quiet notification offers the exercise; you can start it from there or snooze it for 10 minutes. On a day you have already practised, no reminder comes.</source>
        <translation>Eine leise Benachrichtigung bietet die Übung an; du kannst sie dort starten oder dich in 10 Minuten noch einmal erinnern lassen. An einem Tag, an dem du schon geübt hast, kommt keine Erinnerung.</translation>
    </message>
    <message>
        <source>Add a ti&amp;me</source>
        <translation>&amp;Uhrzeit hinzufügen</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>Um:</translation>
    </message>
    <message>
        <source>Closing the window then leaves CalmKit running, with its icon in the tray. Choose Quit from the icon's menu to end it.</source>
        <translation>Wenn du das Fenster schließt, läuft CalmKit dann weiter, mit seinem Symbol im Infobereich. Zum Beenden wähl „CalmKit beenden“ im Menü des Symbols.</translation>
    </message>
    <message>
        <source>Exercise a reminder offers</source>
        <translation>Übung, die eine Erinnerung anbietet</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Reminders come only while CalmKit is running, with its window open or in the system tray. To have them every day, let CalmKit start when you log in: it then waits quietly in the tray, without opening its window.</source>
        <translation>Erinnerungen kommen nur, während CalmKit läuft, mit offenem Fenster oder im Infobereich. Damit sie jeden Tag kommen, lass CalmKit beim Anmelden starten: Es wartet dann still im Infobereich, ohne sein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>Remove this reminder time</source>
        <translation>Diese Erinnerungszeit entfernen</translation>
    </message>
    <message>
        <source>Remove this time</source>
        <translation>Diese Uhrzeit entfernen</translation>
    </message>
    <message>
        <source>Some saved settings could not be used, so their defaults are shown:</source>
        <translation>Einige gespeicherte Einstellungen ließen sich nicht verwenden, daher werden ihre Standardwerte gezeigt:</translation>
    </message>
    <message>
        <source>Start CalmKit when I &amp;log in</source>
        <translation>CalmKit beim An&amp;melden starten</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>Infobereich</translation>
    </message>
    <message>
        <source>Your desktop shows no system tray, so closing the window quits CalmKit.</source>
        <translation>Dein Desktop zeigt keinen Infobereich, daher beendet das Schließen des Fensters CalmKit.</translation>
    </message>
</context>
<context>
    <name>DesktopSettings</name>
    <message>
        <source>The saved setting {key} is {value}, which is not true or false; using the default, false.</source>
        <translation>Die gespeicherte Einstellung {key} ist {value}, also weder true noch false; es gilt der Standardwert false.</translation>
    </message>
</context>
<context>
    <name>DistressChart</name>
    <message numerus="yes">
        <source>%n rated session(s)</source>
        <translation><numerusform>%n eingeschätzte Sitzung</numerusform><numerusform>%n eingeschätzte Sitzungen</numerusform></translation>
    </message>
    <message>
        <source>Distress before and after sessions, 0 to 10</source>
        <translation>Belastung vor und nach Sitzungen, 0 bis 10</translation>
    </message>
    <message numerus="yes">
        <source>average of %n rated session(s)</source>
        <translation><numerusform>Durchschnitt aus %n eingeschätzten Sitzung</numerusform><numerusform>Durchschnitt aus %n eingeschätzten Sitzungen</numerusform></translation>
    </message>
    <message>
        <source>before {before}, after {after}</source>
        <translation>vorher {before}, nachher {after}</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder} ({reason}). Nothing was saved.</source>
        <translation>In den Ordner {folder} kann nicht geschrieben werden ({reason}). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Columns this CalmKit does not know were ignored: {names}.</source>
        <translation>Spalten, die dieses CalmKit nicht kennt, wurden übergangen: {names}.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}). Nothing was written there; a file that was already there is unchanged.</source>
        <translation>{path} konnte nicht geschrieben werden ({reason}). Dort wurde nichts geschrieben; eine Datei, die schon da war, ist unverändert.</translation>
    </message>
    <message>
        <source>Fields this CalmKit does not know were ignored: {names}.</source>
        <translation>Felder, die dieses CalmKit nicht kennt, wurden übergangen: {names}.</translation>
    </message>
    <message>
        <source>Nothing was imported, and the practice log is as it was before the import. {reason}</source>
        <translation>Es wurde nichts importiert, und das Übungstagebuch ist so wie vor dem Import. {reason}</translation>
    </message>
    <message>
        <source>The CSV file is malformed at line {line}: {reason}. Nothing was imported.</source>
        <translation>Die CSV-Datei ist in Zeile {line} fehlerhaft: {reason}. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The CSV header names the column {names} more than once.</source>
        <translation>Die Kopfzeile der CSV-Datei nennt die Spalte {names} mehr als einmal.</translation>
    </message>
    <message>
        <source>The JSON file has no "sessions" list.</source>
        <translation>Die JSON-Datei hat keine Liste "sessions".</translation>
    </message>
    <message>
        <source>The JSON file is nested too deeply to be an export.</source>
        <translation>Die JSON-Datei ist zu tief verschachtelt, um ein Export zu sein.</translation>
    </message>
    <message>
        <source>The JSON file is not a CalmKit export: expected an object with "format": "{format}", found {found}.</source>
        <translation>Die JSON-Datei ist kein Export von CalmKit: Erwartet war ein Objekt mit "format": "{format}", gefunden wurde {found}.</translation>
    </message>
    <message>
        <source>The JSON file is not a CalmKit export: its format has no format field, expected {format}.</source>
        <translation>Die JSON-Datei ist kein Export von CalmKit: Ihr fehlt das Feld format, erwartet war {format}.</translation>
    </message>
    <message>
        <source>The JSON file is not a CalmKit export: its format is {found}, expected {format}.</source>
        <translation>Die JSON-Datei ist kein Export von CalmKit: Ihr format ist {found}, erwartet war {format}.</translation>
    </message>
    <message>
        <source>The JSON file's "checkins" is {found}, not a list of self-checks.</source>
        <translation>"checkins" in der JSON-Datei ist {found}, keine Liste von Selbstchecks.</translation>
    </message>
    <message>
        <source>The JSON file's "patterns" is {found}, not a list of patterns.</source>
        <translation>"patterns" in der JSON-Datei ist {found}, keine Liste von Atemmustern.</translation>
    </message>
    <message>
        <source>The file holds binary data; it is not a CalmKit export (CSV or JSON text).</source>
        <translation>Die Datei enthält Binärdaten; sie ist kein Export von CalmKit (CSV- oder JSON-Text).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (unexpected byte at position {position}). CalmKit exports are UTF-8 CSV or JSON; if a spreadsheet saved it, choose 'CSV UTF-8' when saving.</source>
        <translation>Die Datei ist kein UTF-8-Text (unerwartetes Byte an Position {position}). Exporte von CalmKit sind CSV oder JSON in UTF-8; wenn eine Tabellenkalkulation sie gespeichert hat, wähle beim Speichern „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>The file looks like JSON but is not valid JSON: {reason} at line {line}, column {column}.</source>
        <translation>Die Datei sieht nach JSON aus, ist aber kein gültiges JSON: {reason} in Zeile {line}, Spalte {column}.</translation>
    </message>
    <message>
        <source>The file was written by a newer CalmKit (format version {version}); this CalmKit reads version {known}. Update CalmKit to import it.</source>
        <translation>Die Datei stammt von einem neueren CalmKit (Formatversion {version}); dieses CalmKit liest Version {known}. Aktualisiere CalmKit, um sie zu importieren.</translation>
    </message>
    <message>
        <source>The file's format version is {version}; this CalmKit reads version {known}.</source>
        <translation>Die Formatversion der Datei ist {version}; dieses CalmKit liest Version {known}.</translation>
    </message>
    <message>
        <source>This is not a CalmKit CSV export: the first line should name the columns {columns}; missing: {missing}.</source>
        <translation>Das ist kein CSV-Export von CalmKit: Die erste Zeile sollte die Spalten {columns} nennen; es fehlen: {missing}.</translation>
    </message>
    <message>
        <source>This is not a CalmKit self-check CSV export: the first line should name the columns {columns}; missing: {missing}.</source>
        <translation>Das ist kein CSV-Export von Selbstchecks aus CalmKit: Die erste Zeile sollte die Spalten {columns} nennen; es fehlen: {missing}.</translation>
    </message>
    <message>
        <source>a different self-check with this id is already in your practice log (taken {taken}); it was left as it is</source>
        <translation>ein anderer Selbstcheck mit dieser ID ist schon in deinem Übungstagebuch (gemacht {taken}); er bleibt, wie er ist</translation>
    </message>
    <message>
        <source>a different session with this id is already in your practice log (started {started}); it was left as it is</source>
        <translation>eine andere Sitzung mit dieser ID ist schon in deinem Übungstagebuch (begonnen {started}); sie bleibt, wie sie ist</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a number with {digits} digits</source>
        <translation>eine Zahl mit {digits} Ziffern</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>empty</source>
        <comment>a value kept as it is</comment>
        <translation>leer</translation>
    </message>
    <message>
        <source>ended_at ({ended}) is before started_at ({started})</source>
        <translation>ended_at ({ended}) liegt vor started_at ({started})</translation>
    </message>
    <message>
        <source>not an object with the pattern's fields but {found}</source>
        <translation>kein Objekt mit den Feldern eines Atemmusters, sondern {found}</translation>
    </message>
    <message>
        <source>not an object with the self-check's fields but {found}</source>
        <translation>kein Objekt mit den Feldern eines Selbstchecks, sondern {found}</translation>
    </message>
    <message>
        <source>not an object with the session's fields but {found}</source>
        <translation>kein Objekt mit den Feldern einer Sitzung, sondern {found}</translation>
    </message>
    <message>
        <source>pattern {number}</source>
        <translation>Atemmuster {number}</translation>
    </message>
    <message>
        <source>patterns {rows} have the same id but different content; none of them was imported</source>
        <translation>die Atemmuster {rows} haben dieselbe ID, aber verschiedenen Inhalt; keines davon wurde importiert</translation>
    </message>
    <message>
        <source>patterns {rows} have the same name; none of them was imported</source>
        <translation>die Atemmuster {rows} haben denselben Namen; keines davon wurde importiert</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>Zeile {number}</translation>
    </message>
    <message>
        <source>rows {rows} have the same id but different content; none of them was imported</source>
        <translation>die Zeilen {rows} haben dieselbe ID, aber verschiedenen Inhalt; keine davon wurde importiert</translation>
    </message>
    <message>
        <source>self-check {number}</source>
        <translation>Selbstcheck {number}</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>the input</source>
        <translation>Die Eingabe</translation>
    </message>
    <message>
        <source>the number {number}</source>
        <translation>die Zahl {number}</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n more cell(s) than the header</source>
        <translation><numerusform>die Zeile hat %n Zelle mehr als die Kopfzeile</numerusform><numerusform>die Zeile hat %n Zellen mehr als die Kopfzeile</numerusform></translation>
    </message>
    <message>
        <source>the text {text}</source>
        <translation>der Text {text}</translation>
    </message>
    <message>
        <source>total is {total}, but the answers add up to {sum}</source>
        <translation>total ist {total}, aber die Antworten ergeben zusammen {sum}</translation>
    </message>
    <message>
        <source>{field} contains a NUL character</source>
        <translation>{field} enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>{field} has {digits} digits, outside 0-{highest}</source>
        <translation>{field} hat {digits} Ziffern, außerhalb von 0–{highest}</translation>
    </message>
    <message>
        <source>{field} holds a broken character ({character}, half of a character pair) at position {position}</source>
        <translation>{field} enthält an Position {position} ein kaputtes Zeichen ({character}, die Hälfte eines Zeichenpaars)</translation>
    </message>
    <message numerus="yes">
        <source>{field} in %n row(s): {written} is kept as {kept} ({where})</source>
        <translation><numerusform>{field} in %n Zeile: {written} wird als {kept} übernommen ({where})</numerusform><numerusform>{field} in %n Zeilen: {written} wird als {kept} übernommen ({where})</numerusform></translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>{field} ist leer</translation>
    </message>
    <message>
        <source>{field} is far too large</source>
        <translation>{field} ist viel zu groß</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>{field} fehlt</translation>
    </message>
    <message>
        <source>{field} is negative ({value})</source>
        <translation>{field} ist negativ ({value})</translation>
    </message>
    <message>
        <source>{field} is not answered (only complete self-checks are kept)</source>
        <translation>{field} ist nicht beantwortet (nur vollständige Selbstchecks werden aufbewahrt)</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; the limit is {limit}</source>
        <translation>{field} ist {length} Zeichen lang; erlaubt sind {limit}</translation>
    </message>
    <message>
        <source>{field} is {value} s, longer than a day</source>
        <translation>{field} ist {value} s, länger als ein Tag</translation>
    </message>
    <message>
        <source>{field} is {value}, far longer than a day</source>
        <translation>{field} ist {value}, weit länger als ein Tag</translation>
    </message>
    <message>
        <source>{field} is {value}, not a number from 0 to 10</source>
        <translation>{field} ist {value}, keine Zahl von 0 bis 10</translation>
    </message>
    <message>
        <source>{field} is {value}, not a number from 0 to {highest}</source>
        <translation>{field} ist {value}, keine Zahl von 0 bis {highest}</translation>
    </message>
    <message>
        <source>{field} is {value}, not a number of seconds</source>
        <translation>{field} ist {value}, keine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>{field} is {value}, not a whole number from 0 to 10</source>
        <translation>{field} ist {value}, keine ganze Zahl von 0 bis 10</translation>
    </message>
    <message>
        <source>{field} is {value}, not a whole number from 0 to {highest}</source>
        <translation>{field} ist {value}, keine ganze Zahl von 0 bis {highest}</translation>
    </message>
    <message>
        <source>{field} is {value}, not text</source>
        <translation>{field} ist {value}, kein Text</translation>
    </message>
    <message>
        <source>{field} is {value}, not true or false</source>
        <translation>{field} ist {value}, weder true noch false</translation>
    </message>
    <message>
        <source>{field} is {value}, outside 0-10</source>
        <translation>{field} ist {value}, außerhalb von 0–10</translation>
    </message>
    <message>
        <source>{field} is {value}, outside 0-{highest}</source>
        <translation>{field} ist {value}, außerhalb von 0–{highest}</translation>
    </message>
    <message>
        <source>{field} {value} has no time zone (the +01:00 in {example}), so the day it belongs to is unknown</source>
        <translation>{field} {value} hat keine Zeitzone (das +01:00 in {example}), daher ist unklar, zu welchem Tag es gehört</translation>
    </message>
    <message>
        <source>{field} {value} is before {year}</source>
        <translation>{field} {value} liegt vor {year}</translation>
    </message>
    <message>
        <source>{field} {value} is not a date and time written like {example}</source>
        <translation>{field} {value} ist kein Datum mit Uhrzeit in der Form {example}</translation>
    </message>
    <message>
        <source>{field} {value} is not a finite number</source>
        <translation>{field} {value} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>{field} {value} is not a number from 0 to 10</source>
        <translation>{field} {value} ist keine Zahl von 0 bis 10</translation>
    </message>
    <message>
        <source>{field} {value} is not a number of seconds</source>
        <translation>{field} {value} ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>{field} {value} is not a whole number from 0 to {highest}</source>
        <translation>{field} {value} ist keine ganze Zahl von 0 bis {highest}</translation>
    </message>
    <message>
        <source>{field} {value} is not an id (up to {limit} characters, no spaces)</source>
        <translation>{field} {value} ist keine ID (bis zu {limit} Zeichen, ohne Leerzeichen)</translation>
    </message>
    <message>
        <source>{field} {value} is not an id CalmKit gives (like {example})</source>
        <translation>{field} {value} ist keine ID, wie CalmKit sie vergibt (etwa {example})</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <comment>a list of row numbers</comment>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size} MB): the limit is {limit} MB, while ten years of daily practice export to a few MB. Is it the right file?</source>
        <translation>{name} ist zu groß zum Importieren ({size} MB): Die Grenze liegt bei {limit} MB, während zehn Jahre tägliches Üben nur wenige MB ergeben. Ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>{name} is too large to import: the limit is {limit} MB, while ten years of daily practice export to a few MB. Is it the right file?</source>
        <translation>{name} ist zu groß zum Importieren: Die Grenze liegt bei {limit} MB, während zehn Jahre tägliches Üben nur wenige MB ergeben. Ist es die richtige Datei?</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message numerus="yes">
        <source>%n self-check(s)</source>
        <translation><numerusform>%n Selbstcheck</numerusform><numerusform>%n Selbstchecks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n Sitzung</numerusform><numerusform>%n Sitzungen</numerusform></translation>
    </message>
    <message>
        <source>Added to your history: {count}</source>
        <translation>Deinem Verlauf hinzugefügt: {count}</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n session(s) to your history…</source>
        <translation><numerusform>%n Sitzung wird deinem Verlauf hinzugefügt…</numerusform><numerusform>%n Sitzungen werden deinem Verlauf hinzugefügt…</numerusform></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Already in your history, left as they are: {count}</source>
        <translation>Schon in deinem Verlauf, bleiben unverändert: {count}</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>CalmKit exports (*.csv *.json)</source>
        <translation>CalmKit-Exporte (*.csv *.json)</translation>
    </message>
    <message>
        <source>Cannot be used: {count}</source>
        <translation>Nicht verwendbar: {count}</translation>
    </message>
    <message>
        <source>Kept in CalmKit's usual form (a new export shows them this way):</source>
        <translation>In der üblichen Form von CalmKit übernommen (ein neuer Export zeigt sie so):</translation>
    </message>
    <message>
        <source>New, to add: {count}</source>
        <translation>Neu, zum Hinzufügen: {count}</translation>
    </message>
    <message>
        <source>Not imported: {count}</source>
        <translation>Nicht importiert: {count}</translation>
    </message>
    <message>
        <source>Reading and checking {name}…</source>
        <translation>{name} wird gelesen und geprüft…</translation>
    </message>
    <message>
        <source>Rows not imported, with reasons</source>
        <translation>Nicht importierte Zeilen, mit Gründen</translation>
    </message>
    <message>
        <source>Self-checks added: {added}, already there: {present}</source>
        <translation>Selbstchecks hinzugefügt: {added}, schon vorhanden: {present}</translation>
    </message>
    <message>
        <source>Self-checks to add: {added}, already there: {present}</source>
        <translation>Selbstchecks zum Hinzufügen: {added}, schon vorhanden: {present}</translation>
    </message>
    <message>
        <source>Your own breathing patterns added: {added}, already there: {present}</source>
        <translation>Eigene Atemmuster hinzugefügt: {added}, schon vorhanden: {present}</translation>
    </message>
    <message>
        <source>Your own breathing patterns to add: {added}, already there: {present}</source>
        <translation>Eigene Atemmuster zum Hinzufügen: {added}, schon vorhanden: {present}</translation>
    </message>
    <message>
        <source>{sessions} and {self_checks}</source>
        <translation>{sessions} und {self_checks}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation><numerusform>… und %n weitere.</numerusform><numerusform>… und %n weitere.</numerusform></translation>
    </message>
</context>
<context>
    <name>Exercise 478</name>
    <message>
        <source>4-7-8 breathing</source>
        <extracomment>resources/exercises/478.toml</extracomment>
        <translation>4-7-8-Atmung</translation>
    </message>
    <message>
        <source>At most 8 breaths a session: start with 4 for the first month.</source>
        <extracomment>resources/exercises/478.toml</extracomment>
        <translation>Höchstens 8 Atemzüge pro Sitzung: Beginne im ersten Monat mit 4.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply; a comfortable, slightly faster count is fine.</source>
        <extracomment>resources/exercises/478.toml</extracomment>
        <translation>Atme sanft, nicht tief; es ist in Ordnung, bequem und etwas schneller zu zählen.</translation>
    </message>
    <message>
        <source>Breathe out fully</source>
        <extracomment>resources/exercises/478.toml</extracomment>
        <translation>Ganz ausatmen</translation>
    </message>
    <message>
        <source>Empty your lungs through the mouth, with a soft whoosh</source>
        <extracomment>resources/exercises/478.toml</extracomment>
        <translation>Leere deine Lunge durch den Mund, mit einem sanften Rauschen</translation>
    </message>
    <message>
        <source>First breathe all the way out through the mouth. Then breathe in quietly through the nose for four counts, hold the breath for seven, and breathe out through the mouth for eight, with a soft whooshing sound. That is one breath.

The proportions matter more than the exact seconds: if the hold is hard, choose a faster pace and the whole pattern shortens together. The usual advice is four breaths per session at first and no more than eight later on. This pattern is popular, but it has been studied much less than slow even breathing.</source>
        <extracomment>resources/exercises/478.toml</extracomment>
        <translation>Atme zuerst ganz durch den Mund aus. Atme dann leise durch die Nase ein, während du bis vier zählst, halte den Atem bis sieben und atme bis acht durch den Mund aus, mit einem sanften Rauschen. Das ist ein Atemzug.

Auf das Verhältnis kommt es mehr an als auf die genauen Sekunden: Wenn dir das Halten schwerfällt, wähle ein schnelleres Tempo, dann wird das ganze Atemmuster gleichmäßig kürzer. Meist wird geraten, anfangs vier Atemzüge pro Sitzung zu machen und später nicht mehr als acht. Dieses Atemmuster ist beliebt, aber viel weniger erforscht als langsames, gleichmäßiges Atmen.</translation>
    </message>
    <message>
        <source>First, breathe all the way out through your mouth.</source>
        <extracomment>resources/exercises/478.toml</extracomment>
        <translation>Atme zuerst ganz durch den Mund aus.</translation>
    </message>
    <message>
        <source>In for four, hold for seven, a long breath out for eight. A few breaths at a time.</source>
        <extracomment>resources/exercises/478.toml</extracomment>
        <translation>Einatmen bis vier, halten bis sieben, lange ausatmen bis acht. Immer nur wenige Atemzüge.</translation>
    </message>
    <message>
        <source>Light-headedness is common at first: stop and breathe normally if you feel dizzy or tingly.</source>
        <extracomment>resources/exercises/478.toml</extracomment>
        <translation>Benommenheit ist anfangs häufig: Hör auf und atme normal, wenn dir schwindelig wird oder es kribbelt.</translation>
    </message>
    <message>
        <source>Out through the mouth, with a soft whoosh</source>
        <extracomment>resources/exercises/478.toml</extracomment>
        <translation>Durch den Mund aus, mit einem sanften Rauschen</translation>
    </message>
    <message>
        <source>Quietly in through the nose</source>
        <extracomment>resources/exercises/478.toml</extracomment>
        <translation>Leise durch die Nase ein</translation>
    </message>
    <message>
        <source>Skip the holds if you are pregnant or have heart, lung or blood-pressure problems.</source>
        <extracomment>resources/exercises/478.toml</extracomment>
        <translation>Lass die Haltephasen weg, wenn du schwanger bist oder Probleme mit Herz, Lunge oder Blutdruck hast.</translation>
    </message>
    <message>
        <source>Taught by Andrew Weil: four breaths a session in the first month, at most eight later; the ratio matters more than the seconds.</source>
        <extracomment>resources/exercises/478.toml</extracomment>
        <translation>Gelehrt von Andrew Weil: im ersten Monat vier Atemzüge pro Sitzung, später höchstens acht; das Verhältnis zählt mehr als die Sekunden.</translation>
    </message>
    <message>
        <source>Trial evidence for this specific pattern is limited; slow breathing in general lowers arousal (Zaccaro et al. 2018).</source>
        <extracomment>resources/exercises/478.toml</extracomment>
        <translation>Für genau dieses Atemmuster gibt es nur wenige Studienbelege; langsames Atmen allgemein senkt das Erregungsniveau (Zaccaro et al. 2018).</translation>
    </message>
</context>
<context>
    <name>Exercise box</name>
    <message>
        <source>Balban et al. 2023, Cell Reports Medicine 4:100895: a five-minute daily box-breathing arm; every arm lowered anxiety.</source>
        <extracomment>resources/exercises/box.toml</extracomment>
        <translation>Balban et al. 2023, Cell Reports Medicine 4:100895: eine Gruppe übte täglich fünf Minuten Box-Atmung; in jeder Gruppe sank die Angst.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <extracomment>resources/exercises/box.toml</extracomment>
        <translation>Box-Atmung</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply: the count matters, not the size of the breath.</source>
        <extracomment>resources/exercises/box.toml</extracomment>
        <translation>Atme sanft, nicht tief: Es kommt auf das Zählen an, nicht darauf, wie viel Luft du holst.</translation>
    </message>
    <message>
        <source>Fincham et al. 2023, Scientific Reports 13:432: breathwork lowered self-reported stress and anxiety.</source>
        <extracomment>resources/exercises/box.toml</extracomment>
        <translation>Fincham et al. 2023, Scientific Reports 13:432: Atemübungen senkten Stress und Angst, wie die Teilnehmenden selbst angaben.</translation>
    </message>
    <message>
        <source>Four equal sides of four seconds: in, hold, out, hold.</source>
        <extracomment>resources/exercises/box.toml</extracomment>
        <translation>Vier gleiche Seiten von je vier Sekunden: einatmen, halten, ausatmen, halten.</translation>
    </message>
    <message>
        <source>Picture tracing the sides of a square. Breathe in for four seconds, hold gently for four, breathe out for four, and rest with the lungs empty for four before the next breath. The even count gives the mind something steady to follow.

Keep the holds relaxed: no clenching, no pushing. Once four seconds feels easy you may prefer five or six. If a hold feels uncomfortable, shorten it or breathe normally; you can stop at any time.</source>
        <extracomment>resources/exercises/box.toml</extracomment>
        <translation>Stell dir vor, du fährst die Seiten eines Quadrats nach. Atme vier Sekunden lang ein, halte den Atem sanft für vier, atme für vier aus und ruhe dann für vier mit leerer Lunge, bevor der nächste Atemzug kommt. Das gleichmäßige Zählen gibt deinen Gedanken einen ruhigen Takt, dem sie folgen können.

Bleib beim Halten locker: nichts verkrampfen, nicht pressen. Sobald dir vier Sekunden leichtfallen, magst du vielleicht lieber fünf oder sechs. Wenn sich das Halten unangenehm anfühlt, verkürze es oder atme normal; du kannst jederzeit aufhören.</translation>
    </message>
    <message>
        <source>Skip the holds if you are pregnant or have heart, lung or blood-pressure problems.</source>
        <extracomment>resources/exercises/box.toml</extracomment>
        <translation>Lass die Haltephasen weg, wenn du schwanger bist oder Probleme mit Herz, Lunge oder Blutdruck hast.</translation>
    </message>
    <message>
        <source>Stop and breathe normally if you feel dizzy, tingly or short of breath.</source>
        <extracomment>resources/exercises/box.toml</extracomment>
        <translation>Hör auf und atme normal, wenn dir schwindelig wird, es kribbelt oder du kurzatmig wirst.</translation>
    </message>
    <message>
        <source>Widely taught paced-breathing pattern with equal phases; trial evidence for box breathing itself is limited.</source>
        <extracomment>resources/exercises/box.toml</extracomment>
        <translation>Vielfach gelehrtes Atemmuster zum Atmen im Takt mit gleich langen Phasen; für die Box-Atmung selbst gibt es nur wenige Studienbelege.</translation>
    </message>
</context>
<context>
    <name>Exercise cyclic-sigh</name>
    <message>
        <source>A breath in, a short extra sip on top, then a long, slow breath out.</source>
        <extracomment>resources/exercises/cyclic-sigh.toml</extracomment>
        <translation>Einatmen, noch ein kurzer Schluck Luft obendrauf, dann lange und langsam ausatmen.</translation>
    </message>
    <message>
        <source>A long, slow sigh out through the mouth</source>
        <extracomment>resources/exercises/cyclic-sigh.toml</extracomment>
        <translation>Ein langer, langsamer Seufzer durch den Mund</translation>
    </message>
    <message>
        <source>A second, short breath in to fill the lungs</source>
        <extracomment>resources/exercises/cyclic-sigh.toml</extracomment>
        <translation>Ein zweiter, kurzer Atemzug, der die Lunge füllt</translation>
    </message>
    <message>
        <source>A slow, full breath in through the nose</source>
        <extracomment>resources/exercises/cyclic-sigh.toml</extracomment>
        <translation>Ein langsamer, voller Atemzug durch die Nase</translation>
    </message>
    <message>
        <source>Balban et al. 2023, Cell Reports Medicine 4:100895: healthy adults, five minutes a day for 28 days; cyclic sighing improved positive mood most.</source>
        <extracomment>resources/exercises/cyclic-sigh.toml</extracomment>
        <translation>Balban et al. 2023, Cell Reports Medicine 4:100895: gesunde Erwachsene, fünf Minuten täglich über 28 Tage; zyklisches Seufzen verbesserte die positive Stimmung am stärksten.</translation>
    </message>
    <message>
        <source>Breathe in through the nose until comfortably full, then take a short second sip of air on top, also through the nose. Let it all go in a long, unhurried breath out through the mouth, like a relieved sigh. Then begin again.

In a month-long study of healthy adults, five minutes a day of this pattern lifted mood and slowed breathing more than the other exercises tested, and all of them reduced anxiety. The study asked for lungs filled to the very top; CalmKit says "comfortably full" instead, so keep the sips gentle and never strain.</source>
        <extracomment>resources/exercises/cyclic-sigh.toml</extracomment>
        <translation>Atme durch die Nase ein, bis sich deine Lunge angenehm voll anfühlt, und nimm dann obendrauf noch einen kurzen zweiten Schluck Luft, ebenfalls durch die Nase. Lass alles in einem langen, gemächlichen Atemzug durch den Mund hinaus, wie bei einem erleichterten Seufzer. Dann beginne von vorn.

In einer einmonatigen Studie mit gesunden Erwachsenen hoben fünf Minuten täglich mit diesem Atemmuster die Stimmung und verlangsamten die Atmung stärker als die anderen getesteten Übungen, und alle senkten die Angst. Die Studie verlangte, die Lunge bis ganz oben zu füllen; CalmKit sagt stattdessen „angenehm voll“. Nimm die Schlucke also sanft und streng dich nie an.</translation>
    </message>
    <message>
        <source>Cyclic sighing</source>
        <extracomment>resources/exercises/cyclic-sigh.toml</extracomment>
        <translation>Zyklisches Seufzen</translation>
    </message>
    <message>
        <source>If you feel dizzy or tingly, breathe normally until it passes, or stop.</source>
        <extracomment>resources/exercises/cyclic-sigh.toml</extracomment>
        <translation>Wenn dir schwindelig wird oder es kribbelt, atme normal, bis es vorbeigeht, oder hör auf.</translation>
    </message>
    <message>
        <source>Keep both breaths in gentle; over-filling can leave you light-headed.</source>
        <extracomment>resources/exercises/cyclic-sigh.toml</extracomment>
        <translation>Atme beide Male sanft ein; eine zu volle Lunge kann dich benommen machen.</translation>
    </message>
</context>
<context>
    <name>Exercise equal</name>
    <message>
        <source>Equal breathing</source>
        <extracomment>resources/exercises/equal.toml</extracomment>
        <translation>Gleichmäßiges Atmen</translation>
    </message>
    <message>
        <source>Four seconds in, four seconds out, with no holding.</source>
        <extracomment>resources/exercises/equal.toml</extracomment>
        <translation>Vier Sekunden einatmen, vier Sekunden ausatmen, ohne Halten.</translation>
    </message>
    <message>
        <source>Keep the breaths soft and normal-sized; if you feel light-headed, breathe normally for a while.</source>
        <extracomment>resources/exercises/equal.toml</extracomment>
        <translation>Atme sanft und nicht tiefer als gewohnt; wenn du dich benommen fühlst, atme eine Weile normal.</translation>
    </message>
    <message>
        <source>The plainest rhythm: breathe in for four seconds and out for four, evenly and without pausing. It is easy to remember and easy to come back to when your attention wanders.

Once four seconds feels natural you may like a slower pace; the pace control stretches both halves of the breath together.</source>
        <extracomment>resources/exercises/equal.toml</extracomment>
        <translation>Der einfachste Rhythmus: Atme vier Sekunden lang ein und vier aus, gleichmäßig und ohne Pause. Er ist leicht zu merken, und du findest leicht zu ihm zurück, wenn deine Aufmerksamkeit abschweift.

Sobald sich vier Sekunden natürlich anfühlen, magst du vielleicht ein langsameres Tempo; die Tempo-Einstellung verlängert beide Hälften des Atemzugs gleichermaßen.</translation>
    </message>
    <message>
        <source>Zaccaro et al. 2018, Frontiers in Human Neuroscience 12:353: slow breathing lowers arousal and anxiety.</source>
        <extracomment>resources/exercises/equal.toml</extracomment>
        <translation>Zaccaro et al. 2018, Frontiers in Human Neuroscience 12:353: langsames Atmen senkt Erregungsniveau und Angst.</translation>
    </message>
</context>
<context>
    <name>Exercise extended-exhale</name>
    <message>
        <source>8 s out</source>
        <extracomment>resources/exercises/extended-exhale.toml</extracomment>
        <translation>8 s ausatmen</translation>
    </message>
    <message>
        <source>Bae et al. 2021, Psychophysiology 58:e13905: an exhale twice as long as the inhale raised heart-rate variability.</source>
        <extracomment>resources/exercises/extended-exhale.toml</extracomment>
        <translation>Bae et al. 2021, Psychophysiology 58:e13905: ein Ausatmen, doppelt so lang wie das Einatmen, erhöhte die Herzratenvariabilität.</translation>
    </message>
    <message>
        <source>Breathing out for longer than you breathe in is one of the simplest ways to slow down. Breathe in gently for four seconds, then let the air go for six, as if sighing slowly through softly parted lips or the nose. There is no holding.

When six seconds feels comfortable you can choose the eight-second breath out. Keep the breath in small and easy; the length of the breath out does the work. If you run out of air before the count ends, let the breath out be shorter or switch back to six.</source>
        <extracomment>resources/exercises/extended-exhale.toml</extracomment>
        <translation>Länger aus- als einzuatmen ist einer der einfachsten Wege, zur Ruhe zu kommen. Atme vier Sekunden lang sanft ein und lass die Luft dann sechs Sekunden lang hinaus, wie bei einem langsamen Seufzer, durch leicht geöffnete Lippen oder durch die Nase. Es gibt kein Halten.

Wenn sich sechs Sekunden angenehm anfühlen, kannst du das Ausatmen über acht Sekunden wählen. Halte das Einatmen klein und leicht; die Wirkung kommt vom langen Ausatmen. Wenn dir die Luft ausgeht, bevor das Zählen endet, atme kürzer aus oder wechsle zurück zu sechs.</translation>
    </message>
    <message>
        <source>Four seconds in, six seconds out, or eight once that feels easy.</source>
        <extracomment>resources/exercises/extended-exhale.toml</extracomment>
        <translation>Vier Sekunden einatmen, sechs Sekunden ausatmen, oder acht, sobald dir das leichtfällt.</translation>
    </message>
    <message>
        <source>If you feel light-headed or more anxious, breathe normally for a while or stop.</source>
        <extracomment>resources/exercises/extended-exhale.toml</extracomment>
        <translation>Wenn du dich benommen oder ängstlicher fühlst, atme eine Weile normal oder hör auf.</translation>
    </message>
    <message>
        <source>Keep the breath in soft and normal-sized; you do not need to fill up for a long breath out.</source>
        <extracomment>resources/exercises/extended-exhale.toml</extracomment>
        <translation>Atme sanft und nicht tiefer als gewohnt ein; für ein langes Ausatmen musst du nicht viel Luft holen.</translation>
    </message>
    <message>
        <source>Longer breath out</source>
        <extracomment>resources/exercises/extended-exhale.toml</extracomment>
        <translation>Längeres Ausatmen</translation>
    </message>
    <message>
        <source>Van Diest et al. 2014, Applied Psychophysiology and Biofeedback 39:171: a longer exhale at about six breaths a minute felt more relaxing.</source>
        <extracomment>resources/exercises/extended-exhale.toml</extracomment>
        <translation>Van Diest et al. 2014, Applied Psychophysiology and Biofeedback 39:171: ein längeres Ausatmen bei etwa sechs Atemzügen pro Minute wurde als entspannender erlebt.</translation>
    </message>
</context>
<context>
    <name>Exercise grounding-54321</name>
    <message>
        <source>A first scent. Perhaps the air, or your sleeve.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Ein erster Geruch. Vielleicht die Luft oder dein Ärmel.</translation>
    </message>
    <message>
        <source>A fourth. Notice its shape.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Ein viertes. Achte auf seine Form.</translation>
    </message>
    <message>
        <source>A second sound. Perhaps further away.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Ein zweites Geräusch. Vielleicht weiter weg.</translation>
    </message>
    <message>
        <source>A second thing. Notice its colour.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Ein zweites Ding. Achte auf seine Farbe.</translation>
    </message>
    <message>
        <source>A second. If nothing comes, think of a smell you like.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Ein zweiter. Wenn nichts kommt, denk an einen Geruch, den du magst.</translation>
    </message>
    <message>
        <source>A slow, narrated version of the 5-4-3-2-1 exercise: you name five things you can see, four you can touch, three you can hear, two you can smell and one you can taste. It brings your attention out to the room around you, one sense at a time, with a pause for each thing you find. It takes about four or five minutes. Keep your eyes open for this one. It can help when breathing exercises or imagery feel like too much.

There is no right way to do it. Name each thing silently or out loud, skip a sense that does not work for you, or imagine a smell or taste you like. You do not need to change your breathing, and you can stop at any time. This is a widely taught technique, for example among the distress-tolerance skills of DBT, though it has had little trial evidence of its own.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Eine langsame, gesprochene Fassung der 5-4-3-2-1-Übung: Du nennst fünf Dinge, die du sehen kannst, vier, die du spüren kannst, drei, die du hören kannst, zwei, die du riechen kannst, und eins, das du schmecken kannst. So lenkst du deine Aufmerksamkeit hinaus in den Raum um dich herum, einen Sinn nach dem anderen, mit einer Pause für jedes Ding, das du findest. Das dauert etwa vier bis fünf Minuten. Lass bei dieser Übung die Augen offen. Sie kann helfen, wenn dir Atemübungen oder Fantasiereisen zu viel werden.

Es gibt kein Richtig oder Falsch. Nenne jedes Ding still oder laut, lass einen Sinn aus, der für dich nicht passt, oder stell dir einen Geruch oder Geschmack vor, den du magst. Du musst deine Atmung nicht verändern, und du kannst jederzeit aufhören. Die Technik wird vielfach gelehrt, zum Beispiel bei den Fertigkeiten zur Stresstoleranz in der DBT, auch wenn sie selbst bisher kaum in Studien untersucht wurde.</translation>
    </message>
    <message>
        <source>A third. Maybe something small you had not noticed.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Ein drittes. Vielleicht etwas Kleines, das dir entgangen war.</translation>
    </message>
    <message>
        <source>And a fifth thing you can see.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Und ein fünftes Ding, das du sehen kannst.</translation>
    </message>
    <message>
        <source>And a fourth. Warm or cool, smooth or rough.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Und ein viertes. Warm oder kühl, glatt oder rau.</translation>
    </message>
    <message>
        <source>And a third. Even a very quiet sound counts.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Und ein drittes. Auch ein ganz leises Geräusch zählt.</translation>
    </message>
    <message>
        <source>And last, one thing you can taste.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Und zuletzt etwas, das du schmecken kannst.</translation>
    </message>
    <message>
        <source>Breathe your own way. Go as slowly as you like, and stop at any time.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Atme in deinem eigenen Rhythmus. Geh so langsam vor, wie du magst. Du kannst jederzeit aufhören.</translation>
    </message>
    <message>
        <source>Five senses grounding</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Erdung mit den fünf Sinnen</translation>
    </message>
    <message>
        <source>Heide &amp; Borkovec 1983: some anxious people feel more anxious during relaxation, so this exercise keeps the eyes open and the breath free.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Heide &amp; Borkovec 1983: Manche Menschen mit Ängsten werden beim Entspannen ängstlicher; deshalb bleiben bei dieser Übung die Augen offen und der Atem frei.</translation>
    </message>
    <message>
        <source>If a sense is hard to use, skip it, or imagine something instead.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Wenn dir ein Sinn schwerfällt, lass ihn aus oder stell dir stattdessen etwas vor.</translation>
    </message>
    <message>
        <source>It is fine to stop at any time, or to breathe your own way.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Es ist in Ordnung, jederzeit aufzuhören oder in deinem eigenen Rhythmus zu atmen.</translation>
    </message>
    <message>
        <source>Keep your eyes open for this one. Let them wander around you.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Lass bei dieser Übung die Augen offen. Lass den Blick umherwandern.</translation>
    </message>
    <message>
        <source>Look around once more. Notice the room, and what is in it.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Schau dich noch einmal um. Nimm den Raum wahr und was darin ist.</translation>
    </message>
    <message>
        <source>Name each thing silently, or out loud. Let's begin with five things you can see.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Nenne jedes Ding still oder laut. Beginnen wir mit fünf Dingen, die du sehen kannst.</translation>
    </message>
    <message>
        <source>Name five things you see, four you touch, three you hear, two you smell and one you taste.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Nenne fünf Dinge, die du siehst, vier, die du spürst, drei, die du hörst, zwei, die du riechst, und eins, das du schmeckst.</translation>
    </message>
    <message>
        <source>New chest pain, or not being sure that it is panic, means getting urgent medical help.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Bei neuen Schmerzen in der Brust oder wenn du nicht sicher bist, ob es Panik ist: Hol dir dringend medizinische Hilfe.</translation>
    </message>
    <message>
        <source>Notice your feet on the floor, and the support beneath you.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Spüre deine Füße auf dem Boden und das, was dich trägt.</translation>
    </message>
    <message>
        <source>Now, four things you can touch.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Jetzt vier Dinge, die du spüren kannst.</translation>
    </message>
    <message>
        <source>Now, three things you can hear. Listen for a moment.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Jetzt drei Dinge, die du hören kannst. Hör einen Moment hin.</translation>
    </message>
    <message>
        <source>Now, two things you can smell. No need to sniff hard.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Jetzt zwei Dinge, die du riechen kannst. Du musst nicht fest schnuppern.</translation>
    </message>
    <message>
        <source>One sound. Perhaps something close by.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Ein Geräusch. Vielleicht etwas ganz in der Nähe.</translation>
    </message>
    <message>
        <source>One thing you can see. Perhaps something large.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Etwas, das du sehen kannst. Vielleicht etwas Großes.</translation>
    </message>
    <message>
        <source>Perhaps a trace of your last drink. A sip of water is fine too.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Vielleicht eine Spur deines letzten Getränks. Ein Schluck Wasser geht auch.</translation>
    </message>
    <message>
        <source>That was five, four, three, two, one.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Das waren fünf, vier, drei, zwei, eins.</translation>
    </message>
    <message>
        <source>The 5-4-3-2-1 senses exercise is widely taught, for example in DBT distress-tolerance materials, with little trial evidence so far.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Die 5-4-3-2-1-Sinnesübung wird vielfach gelehrt, zum Beispiel in DBT-Materialien zur Stresstoleranz; Studienbelege gibt es bisher kaum.</translation>
    </message>
    <message>
        <source>The fabric of your clothes, against your skin.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Der Stoff deiner Kleidung auf deiner Haut.</translation>
    </message>
    <message>
        <source>There is no right way to do this. Any answer is fine.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Es gibt kein Richtig oder Falsch. Jede Antwort ist in Ordnung.</translation>
    </message>
    <message>
        <source>This is a coping exercise, not a treatment or a diagnosis.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Das ist eine Übung zur Selbsthilfe, keine Behandlung und keine Diagnose.</translation>
    </message>
    <message>
        <source>Useful when attention on the breath or on imagery feels unpleasant: a CalmKit design choice drawn from the same materials.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Hilfreich, wenn sich die Aufmerksamkeit auf den Atem oder auf innere Bilder unangenehm anfühlt: eine Gestaltungsentscheidung von CalmKit, gestützt auf dieselben Materialien.</translation>
    </message>
    <message>
        <source>Welcome. This is a grounding exercise, using your senses.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Willkommen. Das ist eine Übung zur Erdung, mit deinen Sinnen.</translation>
    </message>
    <message>
        <source>When you are ready, carry on at your own pace.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Wenn du so weit bist, mach in deinem eigenen Tempo weiter.</translation>
    </message>
    <message>
        <source>You can come back to this at any time, eyes open.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Du kannst jederzeit darauf zurückkommen, mit offenen Augen.</translation>
    </message>
    <message>
        <source>Your feet on the floor, perhaps.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Vielleicht deine Füße auf dem Boden.</translation>
    </message>
    <message>
        <source>Your hands, and whatever they rest on.</source>
        <extracomment>resources/exercises/grounding-54321.toml</extracomment>
        <translation>Deine Hände, und das, worauf sie liegen.</translation>
    </message>
</context>
<context>
    <name>Exercise imagery-beach</name>
    <message>
        <source>A beach at dusk</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Abends am Strand</translation>
    </message>
    <message>
        <source>A guided visit to a quiet beach as the sun goes down. After a few slow breaths, a sandy path leads you down to the shore. The voice then invites each sense in turn: the sand underfoot, the waves near and far, the salt air, the warmth of the evening, the colours of the sky and the textures under your hand. Near the end you choose a word or a small touch that may help you bring some of this calm back later. The short version takes about five minutes, the long one about twelve.

There is no right way to imagine. Some people see clear pictures; others mostly hear or feel the scene, or simply know it is there, and all of that is fine. Your eyes may stay open if you prefer. You are in control throughout: change anything you like, or stop, open your eyes and breathe your own way.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Ein geführter Besuch an einem stillen Strand, während die Sonne untergeht. Nach ein paar langsamen Atemzügen führt dich ein sandiger Weg hinunter ans Wasser. Dann lädt dich die Stimme ein, einen Sinn nach dem anderen wahrzunehmen: den Sand unter den Füßen, die Wellen nah und fern, die salzige Luft, die Wärme des Abends, die Farben des Himmels und wie sich die Dinge unter deiner Hand anfühlen. Gegen Ende wählst du ein Wort oder eine kleine Berührung, die dir helfen kann, später etwas von dieser Ruhe zurückzuholen. Die kurze Fassung dauert etwa fünf Minuten, die lange etwa zwölf.

Beim Vorstellen gibt es kein Richtig oder Falsch. Manche sehen klare Bilder; andere hören oder spüren die Szene eher oder wissen einfach, dass sie da ist, und all das ist in Ordnung. Deine Augen können auch offen bleiben, wenn dir das lieber ist. Du behältst die ganze Zeit die Kontrolle: Ändere, was du möchtest, oder hör auf, öffne die Augen und atme in deinem eigenen Rhythmus.</translation>
    </message>
    <message>
        <source>A slow walk down to a quiet shore in the evening light, one sense at a time.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Ein langsamer Gang hinunter zu einem stillen Strand im Abendlicht, ein Sinn nach dem anderen.</translation>
    </message>
    <message>
        <source>Again, a soft breath in. And a slow breath out.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Noch einmal sanft einatmen. Und langsam ausatmen.</translation>
    </message>
    <message>
        <source>Begin to move your fingers and toes a little. Stretch gently, if you like.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Fang an, Finger und Zehen ein wenig zu bewegen. Streck dich sanft, wenn du magst.</translation>
    </message>
    <message>
        <source>Breathe in gently. And let the breath flow out.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Atme sanft ein. Und lass den Atem hinausströmen.</translation>
    </message>
    <message>
        <source>Do not listen while driving or doing anything that needs your attention.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Hör nicht zu, während du Auto fährst oder etwas tust, das deine Aufmerksamkeit braucht.</translation>
    </message>
    <message>
        <source>Find a place to sit and rest, here on the sand.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Such dir einen Platz zum Sitzen und Ausruhen, hier im Sand.</translation>
    </message>
    <message>
        <source>Follow the path at your own pace. It slopes gently down to the beach.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Folge dem Weg in deinem eigenen Tempo. Er führt sanft abwärts zum Strand.</translation>
    </message>
    <message>
        <source>Heide &amp; Borkovec 1983: some anxious people feel more anxious during relaxation, so a way out is offered throughout.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Heide &amp; Borkovec 1983: Manche ängstlichen Menschen werden beim Entspannen ängstlicher, deshalb wird durchgehend ein Ausweg angeboten.</translation>
    </message>
    <message>
        <source>If any part of the scene does not suit you, change it. Make it just as you like.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Wenn dir etwas an der Szene nicht guttut, ändere es. Mach sie genau so, wie du magst.</translation>
    </message>
    <message>
        <source>If the breath feels like too much, breathe your own way.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Wenn dir diese Atmung zu viel ist, atme in deinem eigenen Rhythmus.</translation>
    </message>
    <message>
        <source>In a moment, you will leave the beach. Take one last look at the sky.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Gleich wirst du den Strand verlassen. Wirf noch einen letzten Blick auf den Himmel.</translation>
    </message>
    <message>
        <source>In, through the nose. And out, unhurried.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Ein, durch die Nase. Und aus, ganz ohne Eile.</translation>
    </message>
    <message>
        <source>Let each breath out be a little longer than the breath in.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Lass jedes Ausatmen ein wenig länger sein als das Einatmen.</translation>
    </message>
    <message>
        <source>Let your breathing slow a little. Keep each breath soft and easy, not big.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Lass deinen Atem etwas langsamer werden. Atme sanft und leicht, nicht tief.</translation>
    </message>
    <message>
        <source>Let your listening drift further out. What do you hear in the distance?</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Lass dein Lauschen weiter hinauswandern. Was hörst du in der Ferne?</translation>
    </message>
    <message>
        <source>Look at the light and colour of the sky. Rose and gold, softening into lilac.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Sieh dir das Licht und die Farben des Himmels an. Rosa und Gold, die sanft in Lila übergehen.</translation>
    </message>
    <message>
        <source>Maybe a gull, far away, or the slow wash of the sea.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Vielleicht eine Möwe, weit weg, oder das langsame Rauschen des Meeres.</translation>
    </message>
    <message>
        <source>Maybe the soft hiss of foam, or grasses stirring in the breeze.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Vielleicht das leise Zischen des Schaums oder raschelnde Gräser im Wind.</translation>
    </message>
    <message>
        <source>Mayo Clinic: there is no right way to do guided imagery.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Mayo Clinic: Bei einer Fantasiereise gibt es kein Richtig oder Falsch.</translation>
    </message>
    <message>
        <source>Nguyen &amp; Brymer 2018, Frontiers in Psychology 9:1858: nature imagery lowered state anxiety in moderately anxious adults more than urban imagery.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Nguyen &amp; Brymer 2018, Frontiers in Psychology 9:1858: Vorgestellte Natur senkte die Zustandsangst bei mäßig ängstlichen Erwachsenen stärker als vorgestellte Stadtszenen.</translation>
    </message>
    <message>
        <source>Notice the rise and the settling of each breath.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Spür das Heben und Senken bei jedem Atemzug.</translation>
    </message>
    <message>
        <source>Notice the room around you, and what supports you.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Nimm den Raum um dich wahr und das, was dich trägt.</translation>
    </message>
    <message>
        <source>Notice the scents here. Salt, perhaps, and seaweed, and clean air.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Nimm die Gerüche hier wahr. Vielleicht Salz und Seetang und reine Luft.</translation>
    </message>
    <message>
        <source>Notice the slow rhythm of the waves. In, and out, in no hurry at all.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Achte auf den langsamen Rhythmus der Wellen. Heran und zurück, ganz ohne Eile.</translation>
    </message>
    <message>
        <source>Notice the temperature of the air. Warm still, with a cool breeze off the sea.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Spür die Temperatur der Luft. Noch warm, mit einer kühlen Brise vom Meer.</translation>
    </message>
    <message>
        <source>Notice what is under your feet. Perhaps soft, dry sand that gives a little with each step.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Spür, was unter deinen Füßen ist. Vielleicht weicher, trockener Sand, der bei jedem Schritt ein wenig nachgibt.</translation>
    </message>
    <message>
        <source>Notice where the air meets your face, your arms, your hands.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Spür, wo die Luft dein Gesicht berührt, deine Arme, deine Hände.</translation>
    </message>
    <message>
        <source>Now choose a word for this place. Perhaps calm, or shore, or any word you like.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Wähl jetzt ein Wort für diesen Ort. Vielleicht Ruhe oder Strand oder ein anderes Wort, das du magst.</translation>
    </message>
    <message>
        <source>Now listen for the sounds close by. Small waves fold onto the shore, and slide back.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Hör jetzt auf die Geräusche ganz in der Nähe. Kleine Wellen rollen an den Strand und gleiten zurück.</translation>
    </message>
    <message>
        <source>Now the beach opens out before you. The sun sits low above the water.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Jetzt öffnet sich der Strand vor dir. Die Sonne steht tief über dem Wasser.</translation>
    </message>
    <message>
        <source>One more breath in. And out.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Noch einmal einatmen. Und ausatmen.</translation>
    </message>
    <message>
        <source>Perhaps you find a smooth pebble, or a shell. Turn it over slowly in your fingers.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Vielleicht findest du einen glatten Kiesel oder eine Muschel. Dreh dein Fundstück langsam zwischen den Fingern.</translation>
    </message>
    <message>
        <source>Reach down and touch the sand, if you like. Notice its fine, grainy texture.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Wenn du magst, greif hinunter und berühr den Sand. Spür, wie fein und körnig er ist.</translation>
    </message>
    <message>
        <source>Say your word quietly to yourself, once or twice, with the touch.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Spür die Berührung und sag dir dein Wort leise, ein- oder zweimal.</translation>
    </message>
    <message>
        <source>See how the light shimmers on the water. The first lamps glow along the far shore.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Sieh, wie das Licht auf dem Wasser schimmert. Am fernen Ufer leuchten die ersten Laternen.</translation>
    </message>
    <message>
        <source>Settle into a comfortable position. Let your hands rest.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Mach es dir bequem. Lass deine Hände ruhen.</translation>
    </message>
    <message>
        <source>Some people feel more anxious when they try to relax. It is fine to stop, open your eyes and breathe your own way.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Manche Menschen werden ängstlicher, wenn sie versuchen, sich zu entspannen. Es ist in Ordnung, aufzuhören, die Augen zu öffnen und in deinem eigenen Rhythmus zu atmen.</translation>
    </message>
    <message>
        <source>Take your time before you get up.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Lass dir Zeit, bevor du aufstehst.</translation>
    </message>
    <message>
        <source>There is no right way to imagine. Whatever comes to you is fine.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Beim Vorstellen gibt es kein Richtig oder Falsch. Alles, was kommt, ist in Ordnung.</translation>
    </message>
    <message>
        <source>There is nothing you need to do here. Just rest, and watch the sea.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Hier musst du nichts tun. Ruh dich einfach aus und schau aufs Meer.</translation>
    </message>
    <message>
        <source>There may be a hint of something else. Wood smoke, or sun cream, or wild herbs.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Vielleicht liegt noch etwas anderes in der Luft. Holzrauch, Sonnencreme oder wilde Kräuter.</translation>
    </message>
    <message>
        <source>This is a coping exercise, not a treatment or a diagnosis.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Das ist eine Übung zur Selbsthilfe, keine Behandlung und keine Diagnose.</translation>
    </message>
    <message>
        <source>VA Whole Health Library and VA MIRECC CBT-CP session 5: slow breaths, a path in, the senses one at a time with pauses of 10 to 30 seconds, then a gentle return.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>VA Whole Health Library und VA MIRECC CBT-CP, Sitzung 5: langsame Atemzüge, ein Weg hinein, die Sinne einer nach dem anderen mit Pausen von 10 bis 30 Sekunden, dann eine sanfte Rückkehr.</translation>
    </message>
    <message>
        <source>Walk back up the sandy path at your own pace.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Geh in deinem eigenen Tempo den sandigen Weg wieder hinauf.</translation>
    </message>
    <message>
        <source>Welcome. This is a visit to a beach at dusk.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Willkommen. Dies ist ein Besuch am abendlichen Strand.</translation>
    </message>
    <message>
        <source>When you are ready, open your eyes, if they were closed.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Wenn du so weit bist, öffne die Augen, falls sie geschlossen waren.</translation>
    </message>
    <message>
        <source>When you are ready, picture a narrow path through low dunes. Tall grasses lean on either side.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Wenn du bereit bist, stell dir einen schmalen Weg durch Dünen vor. Zu beiden Seiten neigen sich hohe Gräser.</translation>
    </message>
    <message>
        <source>With each breath out, you might settle a little deeper here.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Mit jedem Ausatmen kommst du hier vielleicht ein wenig tiefer zur Ruhe.</translation>
    </message>
    <message>
        <source>With each step, the sound of the sea grows a little clearer.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Mit jedem Schritt hörst du das Meer ein wenig deutlicher.</translation>
    </message>
    <message>
        <source>With psychosis or dissociation, plain relaxation or gentle breathing may suit you better than imagery.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Bei Psychosen oder Dissoziation passen einfache Entspannung oder sanftes Atmen vielleicht besser zu dir als eine Fantasiereise.</translation>
    </message>
    <message>
        <source>You are in charge here. You can change anything in the scene, or stop at any time.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Du bestimmst hier. Du kannst alles an der Szene ändern oder jederzeit aufhören.</translation>
    </message>
    <message>
        <source>You can close your eyes, or keep them open. If they stay open, let your gaze rest on one spot.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Du kannst die Augen schließen oder offen lassen. Wenn sie offen bleiben, lass den Blick auf einem Punkt ruhen.</translation>
    </message>
    <message>
        <source>You might also rest one hand on the other. Later, this word and touch may help you return.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Du kannst auch eine Hand auf die andere legen. Später helfen dir Wort und Berührung vielleicht, hierher zurückzukehren.</translation>
    </message>
    <message>
        <source>You might slip off your shoes, if you like. Let your toes find the sand.</source>
        <extracomment>resources/exercises/imagery-beach.toml</extracomment>
        <translation>Vielleicht ziehst du die Schuhe aus, wenn du magst. Lass deine Zehen den Sand finden.</translation>
    </message>
</context>
<context>
    <name>Exercise imagery-floating</name>
    <message>
        <source>A guided rest on calm water. After a few slow breaths, a short wooden path leads to a small, sheltered bay where the water is warm, clear and shallow. A wide, soft raft waits there, held close to the shore by a rope, and you lie down on it. The voice then invites each sense in turn: the steady raft beneath you, the lapping water close by and the sounds from the shore, the scents of fresh water and warm wood, the sun and the soft air, the blue of the sky, and the textures under your hands. Near the end you choose a word or a small touch that may help you bring some of this calm back later. The short version takes about five minutes, the long one about twelve.

There is no right way to imagine. Some people see clear pictures; others mostly hear or feel the scene, or simply know it is there, and all of that is fine. Your eyes may stay open if you prefer. You are in control throughout: you can step back onto the shore, change anything you like, or stop, open your eyes and breathe your own way.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Eine angeleitete Ruhepause auf stillem Wasser. Nach ein paar langsamen Atemzügen führt ein kurzer Holzsteg zu einer kleinen, geschützten Bucht, in der das Wasser warm, klar und flach ist. Dort wartet ein breites, weiches Floß, das ein Seil nah am Ufer hält, und du legst dich darauf. Dann lädt dich die Stimme ein, einen Sinn nach dem anderen wahrzunehmen: das stabile Floß unter dir, das Plätschern des Wassers ganz nah und die Geräusche vom Ufer, den Duft von frischem Wasser und warmem Holz, die Sonne und die sanfte Luft, das Blau des Himmels und das, was du unter deinen Händen fühlst. Gegen Ende wählst du ein Wort oder eine kleine Berührung. Beides kann dir helfen, später etwas von dieser Ruhe zurückzuholen. Die kurze Fassung dauert etwa fünf Minuten, die lange etwa zwölf.

Beim Vorstellen gibt es kein Richtig oder Falsch. Manche Menschen sehen klare Bilder; andere hören oder spüren die Szene eher oder wissen einfach, dass sie da ist, und all das ist in Ordnung. Wenn du magst, können deine Augen offen bleiben. Du behältst die ganze Zeit die Kontrolle: Du kannst zurück ans Ufer steigen, ändern, was du möchtest, oder aufhören, die Augen öffnen und in deinem eigenen Rhythmus atmen.</translation>
    </message>
    <message>
        <source>Again, a soft breath in. And a slow breath out.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Wieder sanft einatmen. Und langsam ausatmen.</translation>
    </message>
    <message>
        <source>At its end, a wide, soft raft rests on the water. A rope keeps it close to the shore.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Am Ende des Weges liegt ein breites, weiches Floß im Wasser. Ein Seil hält es nah am Ufer.</translation>
    </message>
    <message>
        <source>Begin to move your fingers and toes a little. Stretch gently, if you like.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Beweg nun Finger und Zehen ein wenig. Streck dich sanft, wenn du magst.</translation>
    </message>
    <message>
        <source>Breathe in gently. And let the breath flow out.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Atme sanft ein. Und lass den Atem hinausfließen.</translation>
    </message>
    <message>
        <source>Do not listen while driving or doing anything that needs your attention.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Hör nicht zu, während du Auto fährst oder etwas tust, das deine Aufmerksamkeit braucht.</translation>
    </message>
    <message>
        <source>Floating on calm water</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Auf ruhigem Wasser treiben</translation>
    </message>
    <message>
        <source>Heide &amp; Borkovec 1983: some anxious people feel more anxious during relaxation, so a way out is offered throughout.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Heide &amp; Borkovec 1983: Manche ängstlichen Menschen spüren beim Entspannen mehr Angst; deshalb gibt es die ganze Zeit über einen Ausweg.</translation>
    </message>
    <message>
        <source>If any part of the scene does not suit you, change it. Make it just as you like.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Wenn etwas an der Szene nicht passt, ändere es. Mach sie so, wie du magst.</translation>
    </message>
    <message>
        <source>If the breath feels like too much, breathe your own way.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Wird dir das Atmen so zu viel, atme in deinem eigenen Rhythmus.</translation>
    </message>
    <message>
        <source>In a moment, the rope draws the raft gently to the shore.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Gleich zieht das Seil das Floß sanft ans Ufer.</translation>
    </message>
    <message>
        <source>In, through the nose. And out, unhurried.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Durch die Nase ein. Und ohne Eile aus.</translation>
    </message>
    <message>
        <source>Let each breath out be a little longer than the breath in.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Lass jedes Ausatmen ein wenig länger sein als das Einatmen.</translation>
    </message>
    <message>
        <source>Let your breathing slow a little. Keep each breath soft and easy, not big.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Lass deinen Atem etwas langsamer werden. Atme sanft und leicht, nicht tief.</translation>
    </message>
    <message>
        <source>Let your listening drift further out. What do you hear in the distance?</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Lass dein Lauschen weiter hinausgleiten. Was hörst du in der Ferne?</translation>
    </message>
    <message>
        <source>Listen for the sounds close by. Water lapping softly at the edges of the raft.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Lausche auf die Geräusche nah bei dir. Wasser plätschert leise an die Ränder des Floßes.</translation>
    </message>
    <message>
        <source>Look up at the light and colour of the sky. Soft blue, a few white clouds.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Schau hinauf zu Licht und Farbe des Himmels. Zartes Blau, ein paar weiße Wolken.</translation>
    </message>
    <message>
        <source>Maybe birds along the shore, or leaves moving in the trees.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Vielleicht Vögel am Ufer oder Blätter, die sich in den Bäumen bewegen.</translation>
    </message>
    <message>
        <source>Mayo Clinic: there is no right way to do guided imagery.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Mayo Clinic: Bei einer Fantasiereise gibt es kein Richtig oder Falsch.</translation>
    </message>
    <message>
        <source>Nguyen &amp; Brymer 2018, Frontiers in Psychology 9:1858: nature imagery lowered state anxiety in moderately anxious adults more than urban imagery.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Nguyen &amp; Brymer 2018, Frontiers in Psychology 9:1858: Vorstellungsbilder aus der Natur senkten die momentane Angst (Zustandsangst) bei mäßig ängstlichen Erwachsenen stärker als Bilder aus der Stadt.</translation>
    </message>
    <message>
        <source>Notice the rise and the settling of each breath.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Spüre das Heben und Senken bei jedem Atemzug.</translation>
    </message>
    <message>
        <source>Notice the room around you, and what supports you.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Nimm den Raum um dich wahr und das, was dich trägt.</translation>
    </message>
    <message>
        <source>Notice the scents here. Fresh water, warm wood, green reeds.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Nimm die Düfte hier wahr. Frisches Wasser, warmes Holz, grünes Schilf.</translation>
    </message>
    <message>
        <source>Notice the steady support all along your back, your arms, your legs.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Spüre den gleichmäßigen Halt unter Rücken, Armen und Beinen.</translation>
    </message>
    <message>
        <source>Notice the temperature. The sun is warm on you, and the air is soft.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Spüre, wie warm es ist. Die Sonne wärmt dich, und die Luft ist mild.</translation>
    </message>
    <message>
        <source>Notice the textures under your hands. Woven cloth, and smooth wood at the edge.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Spüre, was unter deinen Händen ist. Gewebter Stoff und glattes Holz am Rand.</translation>
    </message>
    <message>
        <source>Notice what is beneath you. The raft, broad and cushioned, held up by the water.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Spüre, was unter dir ist. Das Floß, breit und gepolstert, vom Wasser getragen.</translation>
    </message>
    <message>
        <source>Now choose a word for this place. Perhaps float, or held, or any word you like.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Wähle jetzt ein Wort für diesen Ort. Vielleicht „treiben“, „getragen“ oder ein ganz eigenes.</translation>
    </message>
    <message>
        <source>One more breath in. And out.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Atme noch einmal ein. Und aus.</translation>
    </message>
    <message>
        <source>Perhaps a drop of water on your skin, or the soft rope.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Vielleicht ein Wassertropfen auf deiner Haut oder das weiche Seil.</translation>
    </message>
    <message>
        <source>Perhaps a hint of flowers, drifting from the shore.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Vielleicht ein Hauch von Blüten, der vom Ufer herüberweht.</translation>
    </message>
    <message>
        <source>Perhaps the quiet creak of the rope, or a ripple passing by.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Vielleicht das leise Knarren des Seils oder eine kleine Welle, die vorbeizieht.</translation>
    </message>
    <message>
        <source>Resting on a wide, steady raft on calm, shallow water, close to the shore, held and safe.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Ausruhen auf einem breiten, stabilen Floß auf stillem, flachem Wasser, nah am Ufer, getragen und sicher.</translation>
    </message>
    <message>
        <source>Say your word quietly to yourself, once or twice, with the touch.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Sag dir dein Wort leise vor, ein- oder zweimal. Spür dabei die Berührung.</translation>
    </message>
    <message>
        <source>Settle into a comfortable position. Let your hands rest.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Mach es dir bequem. Lass deine Hände ruhen.</translation>
    </message>
    <message>
        <source>Some people feel more anxious when they try to relax. It is fine to stop, open your eyes and breathe your own way.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Manche Menschen spüren mehr Angst, wenn sie versuchen, sich zu entspannen. Es ist in Ordnung, dann aufzuhören, die Augen zu öffnen und in deinem eigenen Rhythmus zu atmen.</translation>
    </message>
    <message>
        <source>Step onto the path, and walk back at your own pace.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Steig auf den Weg und geh in deinem Tempo zurück.</translation>
    </message>
    <message>
        <source>Sunlight sparkles on the water around you. Notice every shade you see.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Rings um dich glitzert Sonnenlicht auf dem Wasser. Achte auf jeden Farbton.</translation>
    </message>
    <message>
        <source>Take your time before you get up.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Lass dir Zeit, bevor du aufstehst.</translation>
    </message>
    <message>
        <source>The sky and the water are wide and quiet around you.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Himmel und Wasser sind weit und still um dich herum.</translation>
    </message>
    <message>
        <source>The water holds the raft, and the raft holds you.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Das Wasser trägt das Floß, und das Floß trägt dich.</translation>
    </message>
    <message>
        <source>There is no right way to imagine. Whatever comes to you is fine.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Beim Vorstellen gibt es kein Richtig oder Falsch. Alles, was kommt, ist gut so.</translation>
    </message>
    <message>
        <source>There is nothing you need to do here. Just rest, and float.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Hier musst du nichts tun. Ruh dich einfach aus und lass dich treiben.</translation>
    </message>
    <message>
        <source>This is a coping exercise, not a treatment or a diagnosis.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Das ist eine Übung zur Selbsthilfe, keine Behandlung und keine Diagnose.</translation>
    </message>
    <message>
        <source>VA Whole Health Library and VA MIRECC CBT-CP session 5: slow breaths, a path in, the senses one at a time with pauses of 10 to 30 seconds, then a gentle return.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>VA Whole Health Library und VA MIRECC CBT-CP, Sitzung 5: langsame Atemzüge, ein Weg hinein, die Sinne einzeln nacheinander mit Pausen von 10 bis 30 Sekunden, dann eine sanfte Rückkehr.</translation>
    </message>
    <message>
        <source>Walk along the path at your own pace. The boards are warm and smooth.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Geh den Weg entlang, in deinem Tempo. Die Bretter sind warm und glatt.</translation>
    </message>
    <message>
        <source>Welcome. This is a rest on calm water, held and safe.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Willkommen. Jetzt ruhst du auf stillem Wasser, getragen und sicher.</translation>
    </message>
    <message>
        <source>When you are ready, open your eyes, if they were closed.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Wenn du so weit bist, öffne die Augen, falls sie geschlossen waren.</translation>
    </message>
    <message>
        <source>When you are ready, picture a path down to a sheltered bay. The water is calm, clear and shallow.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Wenn du bereit bist, stell dir einen Weg zur geschützten Bucht vor. Ihr Wasser ist ruhig, klar, flach.</translation>
    </message>
    <message>
        <source>With each breath out, you might settle a little deeper here.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Mit jedem Ausatmen kommst du hier vielleicht ein wenig tiefer zur Ruhe.</translation>
    </message>
    <message>
        <source>With psychosis or dissociation, plain relaxation or gentle breathing may suit you better than imagery.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Bei Psychosen oder Dissoziation passt eine einfache Entspannung oder sanftes Atmen vielleicht besser zu dir als eine Fantasiereise.</translation>
    </message>
    <message>
        <source>You are in charge here. You can change anything in the scene, or stop at any time.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Hier bestimmst du. Du kannst alles an der Szene ändern oder jederzeit aufhören.</translation>
    </message>
    <message>
        <source>You can close your eyes, or keep them open. If they stay open, let your gaze rest on one spot.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Du kannst die Augen schließen. Oder lass sie offen und deinen Blick auf einem Punkt ruhen.</translation>
    </message>
    <message>
        <source>You can see the sandy bottom, just below the raft.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Du kannst den sandigen Grund sehen, gleich unter dem Floß.</translation>
    </message>
    <message>
        <source>You lie down on the raft. It holds you, steady and safe. You can step back onto the shore at any time.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Du legst dich auf das Floß. Es trägt dich, fest und sicher. Du kannst jederzeit zurück ans Ufer.</translation>
    </message>
    <message>
        <source>You might also rest one hand on the other. Later, this word and touch may help you return.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Leg auch gern eine Hand auf die andere. Wort und Berührung können dich später hierher zurückbringen.</translation>
    </message>
    <message>
        <source>You might trail one hand in the water. Notice how cool and soft it is.</source>
        <extracomment>resources/exercises/imagery-floating.toml</extracomment>
        <translation>Vielleicht lässt du eine Hand durchs Wasser gleiten. Spüre, wie kühl und weich es ist.</translation>
    </message>
</context>
<context>
    <name>Exercise imagery-forest</name>
    <message>
        <source>A forest walk</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Ein Waldspaziergang</translation>
    </message>
    <message>
        <source>A guided walk through a forest on a bright day. After a few slow breaths, a wide, clear path leads you in among the trees. The voice then invites each sense in turn: the soft ground underfoot, sounds close by and far away, the smells of earth and pine, the cool shade and the patches of sun, the greens and golds of the light, and the bark of a tree under your hand. Near the end you choose a word or a small touch that may help you bring some of this calm back later. The short version takes about five minutes, the long one about twelve.

There is no right way to imagine. Some people see clear pictures; others mostly hear or feel the scene, or simply know it is there, and all of that is fine. Your eyes may stay open if you prefer. You are in control throughout: change anything you like, or stop, open your eyes and breathe your own way.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Ein angeleiteter Spaziergang durch einen Wald an einem sonnigen Tag. Nach ein paar langsamen Atemzügen führt dich ein breiter, gut erkennbarer Weg zwischen die Bäume. Dann lädt dich die Stimme ein, einen Sinn nach dem anderen wahrzunehmen: den weichen Boden unter deinen Füßen, Geräusche in der Nähe und in der Ferne, den Duft von Erde und Kiefern, den kühlen Schatten und die Sonnenflecken, das Grün und Gold des Lichts und die Rinde eines Baumes unter deiner Hand. Gegen Ende wählst du ein Wort oder eine kleine Berührung. Beides kann dir helfen, später etwas von dieser Ruhe zurückzuholen. Die kurze Fassung dauert etwa fünf Minuten, die lange etwa zwölf.

Beim Vorstellen gibt es kein Richtig oder Falsch. Manche Menschen sehen klare Bilder; andere hören oder spüren die Szene eher oder wissen einfach, dass sie da ist, und all das ist in Ordnung. Wenn du magst, können deine Augen offen bleiben. Du behältst die ganze Zeit die Kontrolle: Ändere, was du möchtest, oder hör auf, öffne die Augen und atme in deinem eigenen Rhythmus.</translation>
    </message>
    <message>
        <source>Again, a soft breath in. And a slow breath out.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Wieder sanft einatmen. Und langsam ausatmen.</translation>
    </message>
    <message>
        <source>Ahead, the path opens into a small, sunny clearing. You might sit there for a while.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Vor dir öffnet sich eine kleine, sonnige Lichtung. Vielleicht setzt du dich eine Weile dorthin.</translation>
    </message>
    <message>
        <source>An easy walk along a clear path through sunlit woods, noticing one sense at a time.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Ein leichter Spaziergang auf einem gut erkennbaren Weg durch sonnigen Wald, bei dem du einen Sinn nach dem anderen wahrnimmst.</translation>
    </message>
    <message>
        <source>Begin to move your fingers and toes a little. Stretch gently, if you like.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Beweg nun Finger und Zehen ein wenig. Streck dich sanft, wenn du magst.</translation>
    </message>
    <message>
        <source>Breathe in gently. And let the breath flow out.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Atme sanft ein. Und lass den Atem hinausfließen.</translation>
    </message>
    <message>
        <source>Do not listen while driving or doing anything that needs your attention.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Hör nicht zu, während du Auto fährst oder etwas tust, das deine Aufmerksamkeit braucht.</translation>
    </message>
    <message>
        <source>Each step lands quietly. The ground is springy and even.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Jeder Schritt setzt leise auf. Der Boden ist federnd und eben.</translation>
    </message>
    <message>
        <source>Follow the path back out, at your own pace.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Folge dem Weg wieder hinaus, in deinem Tempo.</translation>
    </message>
    <message>
        <source>Heide &amp; Borkovec 1983: some anxious people feel more anxious during relaxation, so a way out is offered throughout.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Heide &amp; Borkovec 1983: Manche ängstlichen Menschen spüren beim Entspannen mehr Angst; deshalb gibt es die ganze Zeit über einen Ausweg.</translation>
    </message>
    <message>
        <source>If any part of the scene does not suit you, change it. Make it just as you like.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Wenn etwas an der Szene nicht passt, ändere es. Mach sie so, wie du magst.</translation>
    </message>
    <message>
        <source>If the breath feels like too much, breathe your own way.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Wird dir das Atmen so zu viel, atme in deinem eigenen Rhythmus.</translation>
    </message>
    <message>
        <source>If you like, rest a hand on a tree beside the path. Notice the texture of its bark.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Leg, wenn du magst, eine Hand an einen Baum am Weg. Spüre, wie sich die Rinde anfühlt.</translation>
    </message>
    <message>
        <source>In a moment, you will leave the forest. Take one last look around.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Gleich verlässt du den Wald. Schau dich ein letztes Mal um.</translation>
    </message>
    <message>
        <source>In, through the nose. And out, unhurried.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Durch die Nase ein. Und ohne Eile aus.</translation>
    </message>
    <message>
        <source>Let each breath out be a little longer than the breath in.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Lass jedes Ausatmen ein wenig länger sein als das Einatmen.</translation>
    </message>
    <message>
        <source>Let your breathing slow a little. Keep each breath soft and easy, not big.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Lass deinen Atem etwas langsamer werden. Atme sanft und leicht, nicht tief.</translation>
    </message>
    <message>
        <source>Listen for the sounds close by. Leaves rustling, and your own soft footsteps.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Lausche auf die Geräusche nah bei dir. Raschelndes Laub und deine leisen Schritte.</translation>
    </message>
    <message>
        <source>Look at the light and colour around you. Many shades of green, and gold where the sun breaks through.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Sieh dir Licht und Farben um dich herum an. Viele Grüntöne und Gold, wo die Sonne durchbricht.</translation>
    </message>
    <message>
        <source>Maybe birdsong high in the branches, or a stream somewhere far off.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Vielleicht Vogelgesang hoch in den Zweigen oder einen Bach irgendwo weit weg.</translation>
    </message>
    <message>
        <source>Mayo Clinic: there is no right way to do guided imagery.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Mayo Clinic: Bei einer Fantasiereise gibt es kein Richtig oder Falsch.</translation>
    </message>
    <message>
        <source>Nguyen &amp; Brymer 2018, Frontiers in Psychology 9:1858: nature imagery lowered state anxiety in moderately anxious adults more than urban imagery.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Nguyen &amp; Brymer 2018, Frontiers in Psychology 9:1858: Vorstellungsbilder aus der Natur senkten die momentane Angst (Zustandsangst) bei mäßig ängstlichen Erwachsenen stärker als Bilder aus der Stadt.</translation>
    </message>
    <message>
        <source>Notice the quiet between the sounds. The forest is in no hurry.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Spüre die Stille zwischen den Geräuschen. Der Wald hat keine Eile.</translation>
    </message>
    <message>
        <source>Notice the rise and the settling of each breath.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Spüre das Heben und Senken bei jedem Atemzug.</translation>
    </message>
    <message>
        <source>Notice the room around you, and what supports you.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Nimm den Raum um dich wahr und das, was dich trägt.</translation>
    </message>
    <message>
        <source>Notice the scents of the forest. Damp earth, moss, the fresh smell of pine.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Nimm die Düfte des Waldes wahr. Feuchte Erde, Moos, der frische Duft von Kiefern.</translation>
    </message>
    <message>
        <source>Notice the temperature here. Cool in the shade, warm where the sun comes through.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Spüre die Luft hier: kühl im Schatten, warm, wo die Sonne durchscheint.</translation>
    </message>
    <message>
        <source>Notice what is under your feet. Soft earth, perhaps, with old leaves and pine needles.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Spüre, was unter deinen Füßen ist. Vielleicht weiche Erde, altes Laub und Kiefernnadeln.</translation>
    </message>
    <message>
        <source>Now choose a word for this place. Perhaps green, or still, or any word you like.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Wähle jetzt ein Wort für diesen Ort. Vielleicht „grün“, „still“ oder ein ganz eigenes.</translation>
    </message>
    <message>
        <source>Now let your listening reach further. What do you hear in the distance?</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Lausche jetzt weiter hinaus. Was hörst du in der Ferne?</translation>
    </message>
    <message>
        <source>One more breath in. And out.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Atme noch einmal ein. Und aus.</translation>
    </message>
    <message>
        <source>Perhaps a leaf drifts down, turning slowly in the light.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Vielleicht segelt ein Blatt herab und dreht sich langsam im Licht.</translation>
    </message>
    <message>
        <source>Perhaps a small bird hops through the bushes nearby.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Vielleicht hüpft ein kleiner Vogel durch die Büsche neben dir.</translation>
    </message>
    <message>
        <source>Perhaps a sweetness too, from flowers beside the path.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Vielleicht auch ein süßer Hauch von Blumen am Wegrand.</translation>
    </message>
    <message>
        <source>Perhaps rough and ridged, or smooth and cool. Take your time with it.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Vielleicht rau und gefurcht oder glatt und kühl. Lass dir Zeit dabei.</translation>
    </message>
    <message>
        <source>Say your word quietly to yourself, once or twice, with the touch.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Sag dir dein Wort leise vor, ein- oder zweimal. Spür dabei die Berührung.</translation>
    </message>
    <message>
        <source>See how the light moves gently as the branches sway.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Sieh, wie das Licht sanft wandert, wenn sich die Zweige wiegen.</translation>
    </message>
    <message>
        <source>Settle into a comfortable position. Let your hands rest.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Mach es dir bequem. Lass deine Hände ruhen.</translation>
    </message>
    <message>
        <source>Some people feel more anxious when they try to relax. It is fine to stop, open your eyes and breathe your own way.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Manche Menschen spüren mehr Angst, wenn sie versuchen, sich zu entspannen. Es ist in Ordnung, dann aufzuhören, die Augen zu öffnen und in deinem eigenen Rhythmus zu atmen.</translation>
    </message>
    <message>
        <source>Take your time before you get up.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Lass dir Zeit, bevor du aufstehst.</translation>
    </message>
    <message>
        <source>The path is easy to follow. You know your way back.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Dem Weg kannst du leicht folgen. Du weißt, wie du zurückkommst.</translation>
    </message>
    <message>
        <source>There is no right way to imagine. Whatever comes to you is fine.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Beim Vorstellen gibt es kein Richtig oder Falsch. Alles, was kommt, ist gut so.</translation>
    </message>
    <message>
        <source>There is nothing you need to do here. Just rest, and listen.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Hier musst du nichts tun. Ruh dich einfach aus und lausche.</translation>
    </message>
    <message>
        <source>This is a coping exercise, not a treatment or a diagnosis.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Das ist eine Übung zur Selbsthilfe, keine Behandlung und keine Diagnose.</translation>
    </message>
    <message>
        <source>VA Whole Health Library and VA MIRECC CBT-CP session 5: slow breaths, a path in, the senses one at a time with pauses of 10 to 30 seconds, then a gentle return.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>VA Whole Health Library und VA MIRECC CBT-CP, Sitzung 5: langsame Atemzüge, ein Weg hinein, die Sinne einzeln nacheinander mit Pausen von 10 bis 30 Sekunden, dann eine sanfte Rückkehr.</translation>
    </message>
    <message>
        <source>Walk on slowly. The path winds gently between the trees.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Geh langsam weiter. Der Weg windet sich sanft zwischen den Bäumen.</translation>
    </message>
    <message>
        <source>Welcome. This is a walk through a forest, on a bright day.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Willkommen. Heute gehst du durch einen Wald, an einem sonnigen Tag.</translation>
    </message>
    <message>
        <source>When you are ready, open your eyes, if they were closed.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Wenn du so weit bist, öffne die Augen, falls sie geschlossen waren.</translation>
    </message>
    <message>
        <source>When you are ready, picture the edge of a forest. A wide, clear path leads in among the trees.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Wenn du so weit bist, stell dir einen Waldrand vor. Ein breiter, freier Weg führt zwischen die Bäume.</translation>
    </message>
    <message>
        <source>With each breath out, you might settle a little deeper here.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Mit jedem Ausatmen kommst du hier vielleicht ein wenig tiefer zur Ruhe.</translation>
    </message>
    <message>
        <source>With psychosis or dissociation, plain relaxation or gentle breathing may suit you better than imagery.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Bei Psychosen oder Dissoziation passt eine einfache Entspannung oder sanftes Atmen vielleicht besser zu dir als eine Fantasiereise.</translation>
    </message>
    <message>
        <source>You are in charge here. You can change anything in the scene, or stop at any time.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Hier bestimmst du. Du kannst alles an der Szene ändern oder jederzeit aufhören.</translation>
    </message>
    <message>
        <source>You can close your eyes, or keep them open. If they stay open, let your gaze rest on one spot.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Du kannst die Augen schließen. Oder lass sie offen und deinen Blick auf einem Punkt ruhen.</translation>
    </message>
    <message>
        <source>You might also rest one hand on the other. Later, this word and touch may help you return.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Leg auch gern eine Hand auf die andere. Wort und Berührung können dich später hierher zurückbringen.</translation>
    </message>
    <message>
        <source>You might step into a patch of sunlight. Notice the warmth on your skin.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Vielleicht trittst du in einen Sonnenfleck. Spüre die Wärme auf deiner Haut.</translation>
    </message>
    <message>
        <source>You step in under the branches. Sunlight filters through the leaves.</source>
        <extracomment>resources/exercises/imagery-forest.toml</extracomment>
        <translation>Du trittst unter die Zweige. Sonnenlicht fällt durch das Laub.</translation>
    </message>
</context>
<context>
    <name>Exercise imagery-lake</name>
    <message>
        <source>A gentle path down to the shore of a still mountain lake, and time to rest there.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Ein sanfter Weg hinab zum Ufer eines stillen Bergsees und Zeit, dort zu ruhen.</translation>
    </message>
    <message>
        <source>A guided visit to the shore of a calm lake high in the mountains. After a few slow breaths, an easy path leads you down a green valley to the water's edge, where you can sit on a broad, steady rock. The voice then invites each sense in turn: the pebbles underfoot, the ripples close by and the sounds far off, the scent of pine and clean air, the cool breeze and the warm sun, the colours mirrored in the water, and a smooth stone in your hand. Near the end you choose a word or a small touch that may help you bring some of this calm back later. The short version takes about five minutes, the long one about twelve.

There is no right way to imagine. Some people see clear pictures; others mostly hear or feel the scene, or simply know it is there, and all of that is fine. Your eyes may stay open if you prefer. You are in control throughout: change anything you like, or stop, open your eyes and breathe your own way.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Ein angeleiteter Besuch am Ufer eines ruhigen Sees hoch in den Bergen. Nach ein paar langsamen Atemzügen führt dich ein bequemer Weg durch ein grünes Tal hinab ans Wasser, wo du dich auf einen breiten, festen Felsen setzen kannst. Dann lädt dich die Stimme ein, einen Sinn nach dem anderen wahrzunehmen: die Kiesel unter deinen Füßen, die kleinen Wellen ganz nah und die Geräusche in der Ferne, den Duft von Kiefern und reiner Luft, die kühle Brise und die warme Sonne, die Farben, die sich im Wasser spiegeln, und einen glatten Stein in deiner Hand. Gegen Ende wählst du ein Wort oder eine kleine Berührung. Beides kann dir helfen, später etwas von dieser Ruhe zurückzuholen. Die kurze Fassung dauert etwa fünf Minuten, die lange etwa zwölf.

Beim Vorstellen gibt es kein Richtig oder Falsch. Manche Menschen sehen klare Bilder; andere hören oder spüren die Szene eher oder wissen einfach, dass sie da ist, und all das ist in Ordnung. Wenn du magst, können deine Augen offen bleiben. Du behältst die ganze Zeit die Kontrolle: Ändere, was du möchtest, oder hör auf, öffne die Augen und atme in deinem eigenen Rhythmus.</translation>
    </message>
    <message>
        <source>A mountain lake</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Ein Bergsee</translation>
    </message>
    <message>
        <source>Again, a soft breath in. And a slow breath out.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Wieder sanft einatmen. Und langsam ausatmen.</translation>
    </message>
    <message>
        <source>Begin to move your fingers and toes a little. Stretch gently, if you like.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Beweg nun Finger und Zehen ein wenig. Streck dich sanft, wenn du magst.</translation>
    </message>
    <message>
        <source>Breathe in gently. And let the breath flow out.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Atme sanft ein. Und lass den Atem hinausfließen.</translation>
    </message>
    <message>
        <source>Do not listen while driving or doing anything that needs your attention.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Hör nicht zu, während du Auto fährst oder etwas tust, das deine Aufmerksamkeit braucht.</translation>
    </message>
    <message>
        <source>Heide &amp; Borkovec 1983: some anxious people feel more anxious during relaxation, so a way out is offered throughout.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Heide &amp; Borkovec 1983: Manche ängstlichen Menschen spüren beim Entspannen mehr Angst; deshalb gibt es die ganze Zeit über einen Ausweg.</translation>
    </message>
    <message>
        <source>If any part of the scene does not suit you, change it. Make it just as you like.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Wenn etwas an der Szene nicht passt, ändere es. Mach sie so, wie du magst.</translation>
    </message>
    <message>
        <source>If the breath feels like too much, breathe your own way.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Wird dir das Atmen so zu viel, atme in deinem eigenen Rhythmus.</translation>
    </message>
    <message>
        <source>If you like, pick up a small stone from the shore. Notice its texture in your hand.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Nimm, wenn du magst, einen kleinen Stein vom Ufer. Spüre, wie er sich anfühlt.</translation>
    </message>
    <message>
        <source>In a moment, you will leave the lake. Take one last look at the water.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Gleich verlässt du den See. Schau noch ein letztes Mal aufs Wasser.</translation>
    </message>
    <message>
        <source>In, through the nose. And out, unhurried.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Durch die Nase ein. Und ohne Eile aus.</translation>
    </message>
    <message>
        <source>Let each breath out be a little longer than the breath in.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Lass jedes Ausatmen ein wenig länger sein als das Einatmen.</translation>
    </message>
    <message>
        <source>Let your breathing slow a little. Keep each breath soft and easy, not big.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Lass deinen Atem etwas langsamer werden. Atme sanft und leicht, nicht tief.</translation>
    </message>
    <message>
        <source>Let your listening travel further. What do you hear in the distance?</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Lass dein Lauschen weiter wandern. Was hörst du in der Ferne?</translation>
    </message>
    <message>
        <source>Listen for the sounds close by. Tiny ripples lapping at the stones.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Lausche auf die Geräusche nah bei dir. Kleine Wellen plätschern leise an die Steine.</translation>
    </message>
    <message>
        <source>Look at the light and colour all around. Blue water, green slopes, white clouds drifting slowly.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Sieh dir Licht und Farben ringsum an. Blaues Wasser, grüne Hänge, langsam ziehende weiße Wolken.</translation>
    </message>
    <message>
        <source>Maybe a stream far across the valley, or wind in the pines.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Vielleicht einen Bach drüben im Tal, oder Wind in den Kiefern.</translation>
    </message>
    <message>
        <source>Mayo Clinic: there is no right way to do guided imagery.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Mayo Clinic: Bei einer Fantasiereise gibt es kein Richtig oder Falsch.</translation>
    </message>
    <message>
        <source>Nguyen &amp; Brymer 2018, Frontiers in Psychology 9:1858: nature imagery lowered state anxiety in moderately anxious adults more than urban imagery.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Nguyen &amp; Brymer 2018, Frontiers in Psychology 9:1858: Vorstellungsbilder aus der Natur senkten die momentane Angst (Zustandsangst) bei mäßig ängstlichen Erwachsenen stärker als Bilder aus der Stadt.</translation>
    </message>
    <message>
        <source>Notice the rise and the settling of each breath.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Spüre das Heben und Senken bei jedem Atemzug.</translation>
    </message>
    <message>
        <source>Notice the room around you, and what supports you.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Nimm den Raum um dich wahr und das, was dich trägt.</translation>
    </message>
    <message>
        <source>Notice the scents in the mountain air. Pine, wild thyme, and cool water.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Nimm die Düfte der Bergluft wahr. Kiefern, wilder Thymian und kühles Wasser.</translation>
    </message>
    <message>
        <source>Notice the temperature here. A cool breeze off the water, and sun on your shoulders.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Spüre die Luft hier. Eine kühle Brise vom Wasser, Sonne auf den Schultern.</translation>
    </message>
    <message>
        <source>Notice what is under your feet. Smooth pebbles, perhaps, and patches of short grass.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Spüre, was unter deinen Füßen ist. Vielleicht glatte Kiesel, dazwischen kurzes Gras.</translation>
    </message>
    <message>
        <source>Now choose a word for this place. Perhaps clear, or still, or any word you like.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Wähle jetzt ein Wort für diesen Ort. Vielleicht „klar“, „still“ oder ein ganz eigenes.</translation>
    </message>
    <message>
        <source>One more breath in. And out.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Atme noch einmal ein. Und aus.</translation>
    </message>
    <message>
        <source>Perhaps grasses stirring, or a bird calling softly at the water's edge.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Vielleicht raschelt das Gras, oder ein Vogel ruft leise am Ufer.</translation>
    </message>
    <message>
        <source>Perhaps the scent of sun on stone, or small mountain flowers.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Vielleicht der Duft von sonnenwarmem Stein oder von kleinen Bergblumen.</translation>
    </message>
    <message>
        <source>Say your word quietly to yourself, once or twice, with the touch.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Sag dir dein Wort leise vor, ein- oder zweimal. Spür dabei die Berührung.</translation>
    </message>
    <message>
        <source>Settle into a comfortable position. Let your hands rest.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Mach es dir bequem. Lass deine Hände ruhen.</translation>
    </message>
    <message>
        <source>Smooth or rough, cool or warm from the sun. Turn it over slowly.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Glatt oder rau, kühl oder sonnenwarm. Dreh ihn langsam um.</translation>
    </message>
    <message>
        <source>Some people feel more anxious when they try to relax. It is fine to stop, open your eyes and breathe your own way.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Manche Menschen spüren mehr Angst, wenn sie versuchen, sich zu entspannen. Es ist in Ordnung, dann aufzuhören, die Augen zu öffnen und in deinem eigenen Rhythmus zu atmen.</translation>
    </message>
    <message>
        <source>Take your time before you get up.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Lass dir Zeit, bevor du aufstehst.</translation>
    </message>
    <message>
        <source>The air is fresh and clear. Each step brings the lake a little closer.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Die Luft ist frisch und klar. Jeder Schritt bringt dich dem See näher.</translation>
    </message>
    <message>
        <source>The lake is still and quiet. You can be still too, if you like.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Der See ist still und ruhig. Auch du darfst still werden, wenn du magst.</translation>
    </message>
    <message>
        <source>The mountains are mirrored in the still water. Notice every shade you see.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Die Berge spiegeln sich im stillen Wasser. Achte auf jeden Farbton, den du siehst.</translation>
    </message>
    <message>
        <source>The path is wide and easy. Take it at your own pace.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Der Weg ist breit und bequem. Geh ihn in deinem Tempo.</translation>
    </message>
    <message>
        <source>There is no right way to imagine. Whatever comes to you is fine.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Beim Vorstellen gibt es kein Richtig oder Falsch. Alles, was kommt, ist gut so.</translation>
    </message>
    <message>
        <source>There is nothing you need to do here. Just rest, and watch the water.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Hier musst du nichts tun. Ruh dich einfach aus und schau aufs Wasser.</translation>
    </message>
    <message>
        <source>This is a coping exercise, not a treatment or a diagnosis.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Das ist eine Übung zur Selbsthilfe, keine Behandlung und keine Diagnose.</translation>
    </message>
    <message>
        <source>VA Whole Health Library and VA MIRECC CBT-CP session 5: slow breaths, a path in, the senses one at a time with pauses of 10 to 30 seconds, then a gentle return.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>VA Whole Health Library und VA MIRECC CBT-CP, Sitzung 5: langsame Atemzüge, ein Weg hinein, die Sinne einzeln nacheinander mit Pausen von 10 bis 30 Sekunden, dann eine sanfte Rückkehr.</translation>
    </message>
    <message>
        <source>Walk back up the valley path, at your own pace.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Geh den Weg durchs Tal wieder hinauf, in deinem Tempo.</translation>
    </message>
    <message>
        <source>Watch a small cloud drift across the sky, and across the water.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Schau einer kleinen Wolke nach, wie sie über Himmel und Wasser zieht.</translation>
    </message>
    <message>
        <source>Welcome. Today you visit a calm mountain lake.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Willkommen. Heute besuchst du einen ruhigen Bergsee.</translation>
    </message>
    <message>
        <source>When you are ready, open your eyes, if they were closed.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Wenn du so weit bist, öffne die Augen, falls sie geschlossen waren.</translation>
    </message>
    <message>
        <source>When you are ready, picture a path through a green mountain valley. It leads gently down to a still lake.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Wenn du so weit bist, stell dir ein grünes Bergtal vor. Ein Weg führt sanft hinab zu einem stillen See.</translation>
    </message>
    <message>
        <source>With each breath out, you might settle a little deeper here.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Mit jedem Ausatmen kommst du hier vielleicht ein wenig tiefer zur Ruhe.</translation>
    </message>
    <message>
        <source>With psychosis or dissociation, plain relaxation or gentle breathing may suit you better than imagery.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Bei Psychosen oder Dissoziation passt eine einfache Entspannung oder sanftes Atmen vielleicht besser zu dir als eine Fantasiereise.</translation>
    </message>
    <message>
        <source>You are in charge here. You can change anything in the scene, or stop at any time.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Hier bestimmst du. Du kannst alles an der Szene ändern oder jederzeit aufhören.</translation>
    </message>
    <message>
        <source>You can close your eyes, or keep them open. If they stay open, let your gaze rest on one spot.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Du kannst die Augen schließen. Oder lass sie offen und deinen Blick auf einem Punkt ruhen.</translation>
    </message>
    <message>
        <source>You might also rest one hand on the other. Later, this word and touch may help you return.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Leg auch gern eine Hand auf die andere. Wort und Berührung können dich später hierher zurückbringen.</translation>
    </message>
    <message>
        <source>You might dip your fingers into the shallow edge of the lake. Notice how cool it is.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Vielleicht tauchst du die Finger ins flache Wasser am Ufer. Spüre, wie kühl es ist.</translation>
    </message>
    <message>
        <source>You might sit on a broad, flat rock by the water. Notice how steady it is beneath you.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Vielleicht setzt du dich auf einen breiten, flachen Felsen am Wasser. Spüre, wie fest er dich trägt.</translation>
    </message>
    <message>
        <source>You reach the shore. The water lies calm before you, and the mountains rise beyond.</source>
        <extracomment>resources/exercises/imagery-lake.toml</extracomment>
        <translation>Du erreichst das Ufer. Ruhig liegt das Wasser vor dir, dahinter erheben sich die Berge.</translation>
    </message>
</context>
<context>
    <name>Exercise imagery-meadow</name>
    <message>
        <source>A guided visit to a wide meadow on a summer day. After a few slow breaths, a gate opens onto a mown path through the long grass. The voice then invites each sense in turn: the soft grass underfoot, the sounds nearby and far away, the smell of clover and warm hay, the sun and the light breeze, the golds and blues and the colours of the flowers, and the feel of the grass under your hand. Near the end you choose a word or a small touch that may help you bring some of this calm back later. The short version takes about five minutes, the long one about twelve.

There is no right way to imagine. Some people see clear pictures; others mostly hear or feel the scene, or simply know it is there, and all of that is fine. Your eyes may stay open if you prefer. You are in control throughout: change anything you like, or stop, open your eyes and breathe your own way.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Ein angeleiteter Besuch auf einer weiten Wiese an einem Sommertag. Nach ein paar langsamen Atemzügen öffnet sich ein Gatter zu einem gemähten Pfad durch das hohe Gras. Dann lädt dich die Stimme ein, einen Sinn nach dem anderen wahrzunehmen: das weiche Gras unter deinen Füßen, die Geräusche nah und fern, den Duft von Klee und warmem Heu, die Sonne und den leichten Wind, das Gold und Blau und die Farben der Blumen und das Gefühl des Grases unter deiner Hand. Gegen Ende wählst du ein Wort oder eine kleine Berührung. Beides kann dir helfen, später etwas von dieser Ruhe zurückzuholen. Die kurze Fassung dauert etwa fünf Minuten, die lange etwa zwölf.

Beim Vorstellen gibt es kein Richtig oder Falsch. Manche Menschen sehen klare Bilder; andere hören oder spüren die Szene eher oder wissen einfach, dass sie da ist, und all das ist in Ordnung. Wenn du magst, können deine Augen offen bleiben. Du behältst die ganze Zeit die Kontrolle: Ändere, was du möchtest, oder hör auf, öffne die Augen und atme in deinem eigenen Rhythmus.</translation>
    </message>
    <message>
        <source>A meadow in summer</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Eine Sommerwiese</translation>
    </message>
    <message>
        <source>A soft path through a sunny summer meadow, with time to notice each sense in turn.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Ein weicher Pfad durch eine sonnige Sommerwiese, mit Zeit für einen Sinn nach dem anderen.</translation>
    </message>
    <message>
        <source>Again, a soft breath in. And a slow breath out.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Wieder sanft einatmen. Und langsam ausatmen.</translation>
    </message>
    <message>
        <source>Begin to move your fingers and toes a little. Stretch gently, if you like.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Beweg nun Finger und Zehen ein wenig. Streck dich sanft, wenn du magst.</translation>
    </message>
    <message>
        <source>Breathe in gently. And let the breath flow out.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Atme sanft ein. Und lass den Atem hinausfließen.</translation>
    </message>
    <message>
        <source>Do not listen while driving or doing anything that needs your attention.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Hör nicht zu, während du Auto fährst oder etwas tust, das deine Aufmerksamkeit braucht.</translation>
    </message>
    <message>
        <source>Heide &amp; Borkovec 1983: some anxious people feel more anxious during relaxation, so a way out is offered throughout.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Heide &amp; Borkovec 1983: Manche ängstlichen Menschen spüren beim Entspannen mehr Angst; deshalb gibt es die ganze Zeit über einen Ausweg.</translation>
    </message>
    <message>
        <source>If any part of the scene does not suit you, change it. Make it just as you like.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Wenn etwas an der Szene nicht passt, ändere es. Mach sie so, wie du magst.</translation>
    </message>
    <message>
        <source>If the breath feels like too much, breathe your own way.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Wird dir das Atmen so zu viel, atme in deinem eigenen Rhythmus.</translation>
    </message>
    <message>
        <source>If you like, reach out and touch the tall grass. Notice its texture as it brushes your hand.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Wenn du magst, berühre das hohe Gras. Spüre, wie es über deine Hand streicht.</translation>
    </message>
    <message>
        <source>In a moment, you will leave the meadow. Take one last look around.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Gleich verlässt du die Wiese. Schau dich ein letztes Mal um.</translation>
    </message>
    <message>
        <source>In, through the nose. And out, unhurried.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Durch die Nase ein. Und ohne Eile aus.</translation>
    </message>
    <message>
        <source>Let each breath out be a little longer than the breath in.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Lass jedes Ausatmen ein wenig länger sein als das Einatmen.</translation>
    </message>
    <message>
        <source>Let your breathing slow a little. Keep each breath soft and easy, not big.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Lass deinen Atem etwas langsamer werden. Atme sanft und leicht, nicht tief.</translation>
    </message>
    <message>
        <source>Listen for the sounds close by. Grasses whispering, and crickets singing softly.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Lausche auf die Geräusche nah bei dir. Flüsternde Gräser, leise singende Grillen.</translation>
    </message>
    <message>
        <source>Look at the light and colour all around. Gold grass, blue sky, flowers of every colour.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Sieh dir Licht und Farben ringsum an. Goldenes Gras, blauer Himmel, Blumen in allen Farben.</translation>
    </message>
    <message>
        <source>Maybe a lark high in the sky, or a stream far away.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Vielleicht eine Lerche hoch am Himmel oder einen Bach weit weg.</translation>
    </message>
    <message>
        <source>Mayo Clinic: there is no right way to do guided imagery.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Mayo Clinic: Bei einer Fantasiereise gibt es kein Richtig oder Falsch.</translation>
    </message>
    <message>
        <source>Nguyen &amp; Brymer 2018, Frontiers in Psychology 9:1858: nature imagery lowered state anxiety in moderately anxious adults more than urban imagery.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Nguyen &amp; Brymer 2018, Frontiers in Psychology 9:1858: Vorstellungsbilder aus der Natur senkten die momentane Angst (Zustandsangst) bei mäßig ängstlichen Erwachsenen stärker als Bilder aus der Stadt.</translation>
    </message>
    <message>
        <source>Notice how the grass sways, and settles, and sways again.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Sieh, wie das Gras sich wiegt, ruhig wird und sich wieder wiegt.</translation>
    </message>
    <message>
        <source>Notice the red of poppies, white daisies, the purple of wild thyme.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Sieh das Rot des Mohns, weiße Margeriten, das Violett des wilden Thymians.</translation>
    </message>
    <message>
        <source>Notice the rise and the settling of each breath.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Spüre das Heben und Senken bei jedem Atemzug.</translation>
    </message>
    <message>
        <source>Notice the room around you, and what supports you.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Nimm den Raum um dich wahr und das, was dich trägt.</translation>
    </message>
    <message>
        <source>Notice the scents of the meadow. Sweet grass, clover, wild flowers.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Nimm die Düfte der Wiese wahr. Süßes Gras, Klee, Wildblumen.</translation>
    </message>
    <message>
        <source>Notice the temperature of the day. The sun is warm, and a light breeze keeps it gentle.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Spüre, wie warm der Tag ist. Die Sonne wärmt, und ein leichter Wind macht es angenehm.</translation>
    </message>
    <message>
        <source>Notice what is under your feet. Soft, short grass along the path, springy and dry.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Spüre, was unter deinen Füßen ist. Weiches, kurzes Gras auf dem Pfad, federnd und trocken.</translation>
    </message>
    <message>
        <source>Now choose a word for this place. Perhaps summer, or sun, or any word you like.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Wähle jetzt ein Wort für diesen Ort. Vielleicht „Sommer“, „Sonne“ oder ein ganz eigenes.</translation>
    </message>
    <message>
        <source>Now let your listening drift further off. What do you hear in the distance?</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Lass dein Lauschen jetzt weiter schweifen. Was hörst du in der Ferne?</translation>
    </message>
    <message>
        <source>One more breath in. And out.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Atme noch einmal ein. Und aus.</translation>
    </message>
    <message>
        <source>Perhaps a grasshopper chirps nearby, or leaves stir in the breeze.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Vielleicht zirpt ein Grashüpfer ganz nah, oder Blätter regen sich im Wind.</translation>
    </message>
    <message>
        <source>Perhaps a soft seed head, or a smooth petal. Take your time with it.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Vielleicht eine weiche Grasrispe oder ein glattes Blütenblatt. Lass dir Zeit dabei.</translation>
    </message>
    <message>
        <source>Perhaps the smell of hay, drying in the sun somewhere nearby.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Vielleicht der Duft von Heu, das irgendwo nah in der Sonne trocknet.</translation>
    </message>
    <message>
        <source>Say your word quietly to yourself, once or twice, with the touch.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Sag dir dein Wort leise vor, ein- oder zweimal. Spür dabei die Berührung.</translation>
    </message>
    <message>
        <source>Settle into a comfortable position. Let your hands rest.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Mach es dir bequem. Lass deine Hände ruhen.</translation>
    </message>
    <message>
        <source>Some people feel more anxious when they try to relax. It is fine to stop, open your eyes and breathe your own way.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Manche Menschen spüren mehr Angst, wenn sie versuchen, sich zu entspannen. Es ist in Ordnung, dann aufzuhören, die Augen zu öffnen und in deinem eigenen Rhythmus zu atmen.</translation>
    </message>
    <message>
        <source>Take your time before you get up.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Lass dir Zeit, bevor du aufstehst.</translation>
    </message>
    <message>
        <source>The meadow spreads out around you, bright with summer flowers.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Rings um dich breitet sich die Wiese aus, voller leuchtender Sommerblumen.</translation>
    </message>
    <message>
        <source>There is no right way to imagine. Whatever comes to you is fine.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Beim Vorstellen gibt es kein Richtig oder Falsch. Alles, was kommt, ist gut so.</translation>
    </message>
    <message>
        <source>There is nothing you need to do here. Just rest in the summer sun.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Hier musst du nichts tun. Ruh dich einfach in der Sommersonne aus.</translation>
    </message>
    <message>
        <source>This is a coping exercise, not a treatment or a diagnosis.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Das ist eine Übung zur Selbsthilfe, keine Behandlung und keine Diagnose.</translation>
    </message>
    <message>
        <source>VA Whole Health Library and VA MIRECC CBT-CP session 5: slow breaths, a path in, the senses one at a time with pauses of 10 to 30 seconds, then a gentle return.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>VA Whole Health Library und VA MIRECC CBT-CP, Sitzung 5: langsame Atemzüge, ein Weg hinein, die Sinne einzeln nacheinander mit Pausen von 10 bis 30 Sekunden, dann eine sanfte Rückkehr.</translation>
    </message>
    <message>
        <source>Walk at your own pace. You do not need to hurry.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Geh in deinem Tempo. Du musst dich nicht beeilen.</translation>
    </message>
    <message>
        <source>Walk back along the path to the gate, at your own pace.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Geh auf dem Pfad zurück zum Gatter, in deinem Tempo.</translation>
    </message>
    <message>
        <source>Watch the clouds drift slowly across the wide blue sky.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Sieh die Wolken langsam über den weiten, blauen Himmel ziehen.</translation>
    </message>
    <message>
        <source>Welcome. This is a visit to a meadow on a summer day.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Willkommen. Du besuchst jetzt eine Wiese an einem Sommertag.</translation>
    </message>
    <message>
        <source>When you are ready, open your eyes, if they were closed.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Wenn du so weit bist, öffne die Augen, falls sie geschlossen waren.</translation>
    </message>
    <message>
        <source>When you are ready, picture a wooden gate into a meadow. Beyond it, a mown path leads through long grass.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Wenn du so weit bist, stell dir ein Holzgatter vor. Dahinter führt ein gemähter Pfad durch hohes Wiesengras.</translation>
    </message>
    <message>
        <source>With each breath out, you might settle a little deeper here.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Mit jedem Ausatmen kommst du hier vielleicht ein wenig tiefer zur Ruhe.</translation>
    </message>
    <message>
        <source>With psychosis or dissociation, plain relaxation or gentle breathing may suit you better than imagery.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Bei Psychosen oder Dissoziation passt eine einfache Entspannung oder sanftes Atmen vielleicht besser zu dir als eine Fantasiereise.</translation>
    </message>
    <message>
        <source>You are in charge here. You can change anything in the scene, or stop at any time.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Hier bestimmst du. Du kannst alles an der Szene ändern oder jederzeit aufhören.</translation>
    </message>
    <message>
        <source>You can close your eyes, or keep them open. If they stay open, let your gaze rest on one spot.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Du kannst die Augen schließen. Oder lass sie offen und deinen Blick auf einem Punkt ruhen.</translation>
    </message>
    <message>
        <source>You might also rest one hand on the other. Later, this word and touch may help you return.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Leg auch gern eine Hand auf die andere. Wort und Berührung können dich später hierher zurückbringen.</translation>
    </message>
    <message>
        <source>You might find a tree at the meadow's edge. Notice the cooler air in its shade.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Vielleicht findest du einen Baum am Wiesenrand. Spüre die kühlere Luft in seinem Schatten.</translation>
    </message>
    <message>
        <source>You might sit or lie back in the grass, whichever suits you.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Setz oder leg dich ins Gras, ganz wie du magst.</translation>
    </message>
    <message>
        <source>You might slip off your shoes, if you like. Notice the grass between your toes.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Wenn du magst, zieh die Schuhe aus. Spüre das Gras zwischen deinen Zehen.</translation>
    </message>
    <message>
        <source>You open the gate and step through. The path is soft and easy.</source>
        <extracomment>resources/exercises/imagery-meadow.toml</extracomment>
        <translation>Du öffnest das Gatter und gehst hindurch. Der Pfad ist weich und bequem.</translation>
    </message>
</context>
<context>
    <name>Exercise imagery-safe-place</name>
    <message>
        <source>A guided visit to a place of your own choosing, where you can be at ease. It can be somewhere real, from now or from a memory, or somewhere you make up. After a few slow breaths, you choose your place and a path leads you into it. The voice then invites each sense in turn: what is underfoot, sounds near and far, scents, the temperature, the light and colours, and the textures of things you touch. Near the end you choose a word or a small touch that may help you bring some of this calm back later. The short version takes about five minutes, the long one about twelve.

There is no right way to imagine. Some people see clear pictures; others mostly hear or feel the place, or simply know it is there, and all of that is fine. If no place comes, a soft colour is enough. Your eyes may stay open if you prefer. You are in control throughout: change anything you like, choose another place, or stop, open your eyes and breathe your own way.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Ein angeleiteter Besuch an einem Ort deiner Wahl, an dem du dich wohlfühlen kannst. Er kann echt sein, aus der Gegenwart oder aus einer Erinnerung, oder ein Ort, den du dir ausdenkst. Nach ein paar langsamen Atemzügen wählst du deinen Ort, und ein Weg führt dich hinein. Die Stimme lädt dich dann ein, einen Sinn nach dem anderen zu nutzen: was unter deinen Füßen ist, Geräusche nah und fern, Düfte, die Temperatur, das Licht und die Farben und wie sich die Dinge anfühlen, die du berührst. Gegen Ende wählst du ein Wort oder eine kleine Berührung, die dir helfen kann, später etwas von dieser Ruhe zurückzuholen. Die kurze Fassung dauert etwa fünf Minuten, die lange etwa zwölf.

Es gibt kein Richtig oder Falsch beim Vorstellen. Manche Menschen sehen klare Bilder; andere hören oder spüren den Ort eher, oder sie wissen einfach, dass er da ist, und all das ist in Ordnung. Wenn kein Ort kommt, genügt eine sanfte Farbe. Du kannst die Augen auch offen lassen, wenn dir das lieber ist. Du behältst die ganze Zeit die Kontrolle: Verändere, was du möchtest, wähle einen anderen Ort, oder hör auf, öffne die Augen und atme in deinem eigenen Rhythmus.</translation>
    </message>
    <message>
        <source>A room, a garden, a shore, anywhere at all. If nothing comes, a soft colour is enough.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Ein Zimmer, ein Garten, ein Ufer, ganz egal wo. Wenn nichts kommt, genügt eine sanfte Farbe.</translation>
    </message>
    <message>
        <source>A safe place of your own</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Dein eigener sicherer Ort</translation>
    </message>
    <message>
        <source>Add something, or take something away. Make it just right for you.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Füge etwas hinzu oder nimm etwas weg. Mach ihn genau richtig für dich.</translation>
    </message>
    <message>
        <source>Again, a soft breath in. And a slow breath out.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Noch einmal sanft einatmen. Und langsam ausatmen.</translation>
    </message>
    <message>
        <source>Begin to move your fingers and toes a little. Stretch gently, if you like.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Beweg deine Finger und Zehen ein wenig. Streck dich sanft, wenn du magst.</translation>
    </message>
    <message>
        <source>Breathe in gently. And let the breath flow out.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Atme sanft ein. Und lass den Atem hinausströmen.</translation>
    </message>
    <message>
        <source>Do not listen while driving or doing anything that needs your attention.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Hör nicht zu, während du am Steuer sitzt oder etwas tust, das deine Aufmerksamkeit braucht.</translation>
    </message>
    <message>
        <source>Far sounds may be soft and faint. Quiet is fine too.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Ferne Geräusche sind vielleicht leise und schwach. Auch Stille ist in Ordnung.</translation>
    </message>
    <message>
        <source>Find a spot in your place to rest. Sit, or lie, whatever suits you.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Such dir einen Platz zum Ausruhen. Im Sitzen oder Liegen, wie es dir passt.</translation>
    </message>
    <message>
        <source>Follow the path back out, at your own pace.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Folge dem Weg wieder hinaus, in deinem eigenen Tempo.</translation>
    </message>
    <message>
        <source>Heide &amp; Borkovec 1983: some anxious people feel more anxious during relaxation, so a way out is offered throughout.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Heide &amp; Borkovec 1983: Manche Menschen mit Ängsten werden beim Entspannen ängstlicher; deshalb wird durchgehend ein Ausweg angeboten.</translation>
    </message>
    <message>
        <source>If a place brings back something painful, choose another place, or stop. Both are fine.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Wenn ein Ort etwas Schmerzliches wachruft, wähle einen anderen Ort oder hör auf. Beides ist in Ordnung.</translation>
    </message>
    <message>
        <source>If a place brings up anything unpleasant, you can simply choose another.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Wenn ein Ort etwas Unangenehmes weckt, kannst du einfach einen anderen wählen.</translation>
    </message>
    <message>
        <source>If any part of your place does not suit you, change it. It is yours.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Wenn dir etwas an deinem Ort nicht passt, verändere es. Er gehört dir.</translation>
    </message>
    <message>
        <source>If the breath feels like too much, breathe your own way.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Wenn dir das Atmen zu viel wird, atme in deinem eigenen Rhythmus.</translation>
    </message>
    <message>
        <source>If you like, touch something in your place. Notice its texture.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Wenn du magst, berühre etwas an deinem Ort. Spüre seine Oberfläche.</translation>
    </message>
    <message>
        <source>In a moment, you will leave your place. It is yours to visit again.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Gleich verlässt du deinen Ort. Du kannst ihn jederzeit wieder besuchen.</translation>
    </message>
    <message>
        <source>In, through the nose. And out, unhurried.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Ein, durch die Nase. Und aus, ganz ohne Eile.</translation>
    </message>
    <message>
        <source>It might be a lane, a doorway, or a few steps. Take it slowly, at your own pace.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Vielleicht ein Pfad, eine Tür oder ein paar Stufen. Geh langsam, in deinem Tempo.</translation>
    </message>
    <message>
        <source>Let each breath out be a little longer than the breath in.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Lass das Ausatmen jeweils etwas länger sein als das Einatmen.</translation>
    </message>
    <message>
        <source>Let each small sound come and go, in its own time.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Lass jedes kleine Geräusch kommen und gehen, ganz in seinem Tempo.</translation>
    </message>
    <message>
        <source>Let your breathing slow a little. Keep each breath soft and easy, not big.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Lass deinen Atem etwas langsamer werden. Atme sanft und leicht, nicht tief.</translation>
    </message>
    <message>
        <source>Listen for the sounds close by. Or perhaps a gentle quiet.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Lausche den Geräuschen in deiner Nähe. Oder vielleicht einer sanften Stille.</translation>
    </message>
    <message>
        <source>Look at the light and colour around you. Bright or soft, as you prefer.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Betrachte das Licht und die Farben um dich. Hell oder sanft, wie du magst.</translation>
    </message>
    <message>
        <source>Mayo Clinic: there is no right way to do guided imagery.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Mayo Clinic: Bei einer Fantasiereise gibt es kein Richtig oder Falsch.</translation>
    </message>
    <message>
        <source>Notice how it supports you, whether you stand or sit.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Spüre, wie es dich trägt, ob du stehst oder sitzt.</translation>
    </message>
    <message>
        <source>Notice the rise and the settling of each breath.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Spüre bei jedem Atemzug das Heben und das Sinken.</translation>
    </message>
    <message>
        <source>Notice the room around you, and what supports you.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Nimm den Raum um dich wahr und das, was dich trägt.</translation>
    </message>
    <message>
        <source>Notice the scents of your place. Perhaps something familiar.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Nimm die Düfte deines Ortes wahr. Vielleicht etwas Vertrautes.</translation>
    </message>
    <message>
        <source>Notice the temperature here. Warm or cool, just as you like.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Spüre die Temperatur hier. Warm oder kühl, ganz wie du magst.</translation>
    </message>
    <message>
        <source>Notice what is under your feet. Grass, sand, a soft rug, whatever is there.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Spüre, was unter deinen Füßen ist. Gras, Sand, ein weicher Teppich, was auch immer.</translation>
    </message>
    <message>
        <source>Notice where the air meets your face, your arms, your hands.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Spüre, wo die Luft dein Gesicht berührt, deine Arme, deine Hände.</translation>
    </message>
    <message>
        <source>Now choose a word for this place. Perhaps safe, or home, or any word you like.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Wähle jetzt ein Wort für diesen Ort. Vielleicht „sicher“, „Zuhause“ oder ein ganz anderes Wort.</translation>
    </message>
    <message>
        <source>Now listen further away. What do you hear in the distance?</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Lausche nun weiter hinaus. Was hörst du in der Ferne?</translation>
    </message>
    <message>
        <source>Now think of a place where you could be at ease. It can be real, or a place you have imagined.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Denk nun an einen Ort, an dem du dich wohlfühlen könntest. Er kann echt sein oder ausgedacht.</translation>
    </message>
    <message>
        <source>One more breath in. And out.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Noch einmal einatmen. Und ausatmen.</translation>
    </message>
    <message>
        <source>Picture a place where you can be at ease, real or imagined, and shape it as you like.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Stell dir einen Ort vor, an dem du dich wohlfühlen kannst, echt oder erdacht, und gestalte ihn, wie du magst.</translation>
    </message>
    <message>
        <source>Say your word quietly to yourself, once or twice, with the touch.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Sag dir dein Wort leise vor, ein- oder zweimal, mit der Berührung.</translation>
    </message>
    <message>
        <source>Settle into a comfortable position. Let your hands rest.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Mach es dir bequem. Lass deine Hände ruhen.</translation>
    </message>
    <message>
        <source>Smooth or soft, rough or warm. Take your time with it.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Glatt oder weich, rau oder warm. Lass dir Zeit damit.</translation>
    </message>
    <message>
        <source>Some people feel more anxious when they try to relax. It is fine to stop, open your eyes and breathe your own way.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Manche Menschen werden ängstlicher, wenn sie versuchen, sich zu entspannen. Es ist in Ordnung, aufzuhören, die Augen zu öffnen und in deinem eigenen Rhythmus zu atmen.</translation>
    </message>
    <message>
        <source>Somewhere from a memory, somewhere you know now, or somewhere quite new.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Ein Ort aus der Erinnerung, ein vertrauter Ort oder ein ganz neuer.</translation>
    </message>
    <message>
        <source>Take your time before you get up.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Lass dir Zeit, bevor du aufstehst.</translation>
    </message>
    <message>
        <source>Take your time. A scent may come, or not. Either is fine.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Lass dir Zeit. Vielleicht kommt ein Duft, vielleicht nicht. Beides ist in Ordnung.</translation>
    </message>
    <message>
        <source>There is no right way to imagine. Whatever comes to you is fine.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Beim Vorstellen gibt es kein Richtig oder Falsch. Alles, was kommt, ist in Ordnung.</translation>
    </message>
    <message>
        <source>There is nothing you need to do here. Just be here, for a while.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Hier musst du nichts tun. Sei einfach eine Weile hier.</translation>
    </message>
    <message>
        <source>This is a coping exercise, not a treatment or a diagnosis.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Das ist eine Übung zur Selbsthilfe, keine Behandlung und keine Diagnose.</translation>
    </message>
    <message>
        <source>VA Whole Health Library and VA MIRECC CBT-CP session 5: slow breaths, a place of your choosing, real or imagined, with the person in control, a path in, the senses one at a time with pauses of 10 to 30 seconds, then a gentle return.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>VA Whole Health Library und VA MIRECC CBT-CP, Sitzung 5: langsame Atemzüge, ein Ort eigener Wahl, echt oder erdacht, wobei die Person die Kontrolle behält, ein Weg hinein, die Sinne einer nach dem anderen mit Pausen von 10 bis 30 Sekunden, dann eine sanfte Rückkehr.</translation>
    </message>
    <message>
        <source>Welcome. This is a visit to a safe place of your choosing.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Willkommen. Das ist ein Besuch an einem sicheren Ort deiner Wahl.</translation>
    </message>
    <message>
        <source>When you are ready, open your eyes, if they were closed.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Wenn du so weit bist, öffne die Augen, falls sie geschlossen waren.</translation>
    </message>
    <message>
        <source>When you are ready, picture a path into your place.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Wenn du so weit bist, stell dir einen Weg dorthin vor.</translation>
    </message>
    <message>
        <source>With each breath out, you might settle a little deeper here.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Mit jedem Ausatmen kommst du hier vielleicht etwas mehr zur Ruhe.</translation>
    </message>
    <message>
        <source>With psychosis or dissociation, plain relaxation or gentle breathing may suit you better than imagery.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Bei einer Psychose oder Dissoziation passen einfache Entspannung oder sanftes Atmen womöglich besser zu dir als eine Fantasiereise.</translation>
    </message>
    <message>
        <source>You are in charge here. You can change anything in the scene, or stop at any time.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Hier bestimmst du. Du kannst alles am Bild verändern oder jederzeit aufhören.</translation>
    </message>
    <message>
        <source>You arrive. You can change anything you like here.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Du kommst an. Hier kannst du alles verändern, was du möchtest.</translation>
    </message>
    <message>
        <source>You can change the light, if you like. Make it just as you want it.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Du kannst das Licht verändern, wenn du magst. Mach es genau so, wie du willst.</translation>
    </message>
    <message>
        <source>You can close your eyes, or keep them open. If they stay open, let your gaze rest on one spot.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Du kannst die Augen schließen oder offen lassen. Wenn sie offen bleiben, lass den Blick auf einem Punkt ruhen.</translation>
    </message>
    <message>
        <source>You might also rest one hand on the other. Later, this word and touch may help you return.</source>
        <extracomment>resources/exercises/imagery-safe-place.toml</extracomment>
        <translation>Du kannst auch eine Hand auf die andere legen. Später helfen dir Wort und Berührung vielleicht, zurückzukehren.</translation>
    </message>
</context>
<context>
    <name>Exercise pmr-16</name>
    <message>
        <source>Afterwards, get up slowly, and wait a little before driving.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Steh danach langsam auf und warte ein wenig, bevor du Auto fährst.</translation>
    </message>
    <message>
        <source>And let go. Feel the thigh sink and settle.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Und loslassen. Der Oberschenkel sinkt und kommt zur Ruhe.</translation>
    </message>
    <message>
        <source>And let go. Let the fingers fall open and loose.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Und loslassen. Lass die Finger sich locker öffnen.</translation>
    </message>
    <message>
        <source>And let it go. Let your belly soften with each breath.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Und lass los. Lass den Bauch mit jedem Atemzug weicher werden.</translation>
    </message>
    <message>
        <source>And relax. Let your eyes and cheeks go soft.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Und entspannen. Lass Augen und Wangen weich werden.</translation>
    </message>
    <message>
        <source>And release. Let both feet rest, heavy and still.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Und loslassen. Lass beide Füße ruhen, schwer und still.</translation>
    </message>
    <message>
        <source>And release. Let the calf soften.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Und loslassen. Lass die Wade weich werden.</translation>
    </message>
    <message>
        <source>And release. Let your head rest, your neck easy.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Und loslassen. Lass den Kopf ruhen und den Nacken locker.</translation>
    </message>
    <message>
        <source>And release. Notice the difference between tight and loose.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Und loslassen. Spür den Unterschied zwischen angespannt und locker.</translation>
    </message>
    <message>
        <source>Ask a doctor first with muscle pain or spasms, arthritis, heart or blood-pressure problems, or a history of trauma, flashbacks or psychosis.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Sprich vorher mit einer Ärztin oder einem Arzt, wenn du Muskelschmerzen oder -krämpfe, Arthritis, Herz- oder Blutdruckprobleme hast oder schon einmal Traumata, Flashbacks oder Psychosen erlebt hast.</translation>
    </message>
    <message>
        <source>Begin to move your fingers and toes a little.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Fang an, Finger und Zehen ein wenig zu bewegen.</translation>
    </message>
    <message>
        <source>Bend your {dominant} arm, and press the elbow down.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Beuge deinen {dominant} Arm und drück den Ellbogen nach unten.</translation>
    </message>
    <message>
        <source>Bend your {other} arm, and press the elbow down.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Beuge deinen {other} Arm und drück den Ellbogen nach unten.</translation>
    </message>
    <message>
        <source>Bernstein &amp; Borkovec 1973: abbreviated progressive relaxation in sixteen muscle groups, after Jacobson.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Bernstein &amp; Borkovec 1973: verkürzte progressive Entspannung in sechzehn Muskelgruppen, nach Jacobson.</translation>
    </message>
    <message>
        <source>Bite down gently, and pull the corners of your mouth back.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Beiß sanft die Zähne zusammen und zieh die Mundwinkel nach hinten.</translation>
    </message>
    <message>
        <source>Breathe in, hold, and draw your shoulder blades together.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Atme ein, halte den Atem und zieh die Schulterblätter zusammen.</translation>
    </message>
    <message>
        <source>Breathe out and let go. Let your shoulders drop.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Atme aus und lass los. Lass die Schultern sinken.</translation>
    </message>
    <message>
        <source>Breathe slowly. There is nothing you need to do.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Atme langsam. Du musst jetzt nichts tun.</translation>
    </message>
    <message>
        <source>Carlson &amp; Hoyle 1993: abbreviated PMR helped across 29 studies (r = .40).</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Carlson &amp; Hoyle 1993: Verkürzte PMR half über 29 Studien hinweg (r = .40).</translation>
    </message>
    <message>
        <source>Curl the toes of your {dominant} foot gently upward.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Krümme die Zehen deines {dominant} Fußes sanft nach oben.</translation>
    </message>
    <message>
        <source>Curl the toes of your {other} foot gently upward.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Krümme die Zehen deines {other} Fußes sanft nach oben.</translation>
    </message>
    <message>
        <source>Do not tense an injured or painful area; leave it out and let it rest.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Spanne keinen verletzten oder schmerzenden Bereich an; lass ihn aus und lass ihn ruhen.</translation>
    </message>
    <message>
        <source>Draw your chin toward your chest, without letting it touch.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Zieh das Kinn zur Brust, ohne sie zu berühren.</translation>
    </message>
    <message>
        <source>Find a position where your body is fully supported.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Such dir eine Position, in der dein Körper ganz getragen wird.</translation>
    </message>
    <message>
        <source>If this makes you feel worse, you can stop at any time.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Wenn es dir damit schlechter geht, kannst du jederzeit aufhören.</translation>
    </message>
    <message>
        <source>Leave out your {group}. Just let it rest.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Diesmal nicht: {group}. Lass diesen Bereich einfach ruhen.</translation>
    </message>
    <message>
        <source>Let go. Let the arm rest, heavy and easy.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Loslassen. Lass den Arm ruhen, schwer und gelöst.</translation>
    </message>
    <message>
        <source>Let go. Let the jaw hang loose, lips slightly apart.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Loslassen. Lass den Kiefer locker hängen, die Lippen leicht geöffnet.</translation>
    </message>
    <message>
        <source>Let go. Let the thigh grow heavy and loose.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Loslassen. Lass den Oberschenkel schwer und locker werden.</translation>
    </message>
    <message>
        <source>Let go. Let the whole foot rest, warm and easy.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Loslassen. Lass den ganzen Fuß ruhen, warm und gelöst.</translation>
    </message>
    <message>
        <source>Let go. Let your forehead grow smooth and wide.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Loslassen. Lass deine Stirn glatt und weit werden.</translation>
    </message>
    <message>
        <source>Let it go. Feel the hand soften and open.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Lass los. Spür, wie die Hand weich wird und sich öffnet.</translation>
    </message>
    <message>
        <source>Let it go. Let the calf loosen.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Lass los. Lass die Wade locker werden.</translation>
    </message>
    <message>
        <source>Let your eyes close, or rest them on one spot.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Schließ die Augen oder lass den Blick auf einem Punkt ruhen.</translation>
    </message>
    <message>
        <source>Make a fist with your {dominant} hand, and squeeze.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Mach mit deiner {dominant} Hand eine Faust und drück zu.</translation>
    </message>
    <message>
        <source>Make your stomach firm, as if bracing for a push.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Mach deinen Bauch fest, als wolltest du einen Stoß abfangen.</translation>
    </message>
    <message>
        <source>Manzoni et al. 2008: relaxation training lowered anxiety (d = .51).</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Manzoni et al. 2008: Entspannungstraining verringerte Angst (d = .51).</translation>
    </message>
    <message>
        <source>Now draw the toes of your {dominant} foot up toward you.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Jetzt zieh die Zehen deines {dominant} Fußes zu dir heran.</translation>
    </message>
    <message>
        <source>Now draw the toes of your {other} foot up toward you.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Jetzt zieh die Zehen deines {other} Fußes zu dir heran.</translation>
    </message>
    <message>
        <source>Now make a fist with your {other} hand, and squeeze.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Jetzt mach mit deiner {other} Hand eine Faust und drück zu.</translation>
    </message>
    <message>
        <source>Now rest, and notice the calm through your whole body.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Ruh dich jetzt aus und spür die Ruhe in deinem ganzen Körper.</translation>
    </message>
    <message>
        <source>Now tighten your {other} thigh, pressing the muscles together.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Jetzt spann deinen {other} Oberschenkel an und drück die Muskeln zusammen.</translation>
    </message>
    <message>
        <source>Once more, the same muscles.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Noch einmal, dieselben Muskeln.</translation>
    </message>
    <message>
        <source>Progressive muscle relaxation</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Progressive Muskelentspannung</translation>
    </message>
    <message>
        <source>Raise your eyebrows high, wrinkling your forehead.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Zieh die Augenbrauen hoch, bis sich die Stirn runzelt.</translation>
    </message>
    <message>
        <source>Sit up slowly, and wait a while before you drive.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Setz dich langsam auf und warte eine Weile, bevor du Auto fährst.</translation>
    </message>
    <message>
        <source>Sixteen muscle groups</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Sechzehn Muskelgruppen</translation>
    </message>
    <message>
        <source>Squeeze your eyes shut, and wrinkle your nose.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Kneif die Augen zusammen und rümpf die Nase.</translation>
    </message>
    <message>
        <source>Stretch gently, and open your eyes when you are ready.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Streck dich sanft und öffne die Augen, wenn du so weit bist.</translation>
    </message>
    <message>
        <source>Take a slow breath in, and let it go.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Atme einmal langsam ein und lass den Atem los.</translation>
    </message>
    <message>
        <source>Tense and release sixteen muscle groups, one at a time, from hands to feet.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Spanne sechzehn Muskelgruppen nacheinander an und lass sie wieder los, von den Händen bis zu den Füßen.</translation>
    </message>
    <message>
        <source>Tense just enough to feel it. Never to the point of pain.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Spann nur so weit an, dass du es spürst. Nie bis zum Schmerz.</translation>
    </message>
    <message>
        <source>Tense now, and hold it.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Jetzt anspannen und halten.</translation>
    </message>
    <message>
        <source>Tense to feel it, never to pain.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Spanne nur so weit an, dass du es spürst, nie bis zum Schmerz.</translation>
    </message>
    <message>
        <source>The full form of progressive muscle relaxation. You briefly tense one group of muscles, then let it go and notice how the letting go feels, moving from your hands and arms through your face, neck and body down to your feet. Over the weeks, the contrast teaches your body what relaxed muscles feel like.

Tense only enough to feel it, never to the point of pain. If an area is injured or sore, leave it out in the options and just let it rest. Sit or lie somewhere you can stay for about twenty minutes. It is fine to keep your eyes open, and you can stop at any time.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Die vollständige Form der Progressiven Muskelentspannung. Du spannst kurz eine Muskelgruppe an, lässt dann los und spürst, wie sich das Loslassen anfühlt. So gehst du von den Händen und Armen über Gesicht, Nacken und Rumpf bis hinunter zu den Füßen. Über die Wochen lernt dein Körper durch diesen Kontrast, wie sich entspannte Muskeln anfühlen.

Spanne nur so weit an, dass du es spürst, nie bis zum Schmerz. Ist ein Bereich verletzt oder schmerzt er, lass ihn in den Optionen aus und lass ihn einfach ruhen. Setz oder leg dich an einen Ort, an dem du etwa zwanzig Minuten bleiben kannst. Du kannst die Augen gern offen lassen und jederzeit aufhören.</translation>
    </message>
    <message>
        <source>Tighten your {dominant} thigh, pressing the muscles against each other.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Spann deinen {dominant} Oberschenkel an und drück die Muskeln gegeneinander.</translation>
    </message>
    <message>
        <source>We will tense each group for a few seconds, then let go.</source>
        <extracomment>resources/exercises/pmr-16.toml</extracomment>
        <translation>Wir spannen jede Muskelgruppe ein paar Sekunden an und lassen dann los.</translation>
    </message>
</context>
<context>
    <name>Exercise pmr-4</name>
    <message>
        <source>A six-session programme went from 16 to 7 to 4 groups, then to release only (PMC10484595).</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Ein Programm mit sechs Sitzungen ging von 16 über 7 zu 4 Gruppen, dann zum reinen Loslassen (PMC10484595).</translation>
    </message>
    <message>
        <source>Afterwards, get up slowly, and wait a little before driving.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Steh danach langsam auf und warte ein wenig, bevor du Auto fährst.</translation>
    </message>
    <message>
        <source>And let go. Let both arms fall loose and heavy.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Und loslassen. Lass beide Arme locker und schwer sinken.</translation>
    </message>
    <message>
        <source>And release. Let both legs rest, heavy and warm.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Und loslassen. Lass beide Beine ruhen, schwer und warm.</translation>
    </message>
    <message>
        <source>Ask a doctor first with muscle pain or spasms, arthritis, heart or blood-pressure problems, or a history of trauma, flashbacks or psychosis.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Sprich vorher mit einer Ärztin oder einem Arzt, wenn du Muskelschmerzen oder -krämpfe, Arthritis, Herz- oder Blutdruckprobleme hast oder schon einmal Traumata, Flashbacks oder Psychosen erlebt hast.</translation>
    </message>
    <message>
        <source>Begin to move your fingers and toes a little.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Fang an, Finger und Zehen ein wenig zu bewegen.</translation>
    </message>
    <message>
        <source>Bernstein &amp; Borkovec 1973: the seven groups are combined again into four.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Bernstein &amp; Borkovec 1973: Die sieben Gruppen werden noch einmal zu vier zusammengefasst.</translation>
    </message>
    <message>
        <source>Breathe in slowly, and let the breath go.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Atme langsam ein und lass den Atem wieder ausströmen.</translation>
    </message>
    <message>
        <source>Breathe in, draw your shoulders back, and make your stomach firm.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Atme ein, zieh die Schultern zurück und mach den Bauch fest.</translation>
    </message>
    <message>
        <source>Breathe out and let go. Shoulders drop, belly softens.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Atme aus und lass los. Die Schultern sinken, der Bauch wird weich.</translation>
    </message>
    <message>
        <source>Do not tense an injured or painful area; leave it out and let it rest.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Spanne keinen verletzten oder schmerzenden Bereich an; lass ihn aus und lass ihn ruhen.</translation>
    </message>
    <message>
        <source>Four muscle groups</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Vier Muskelgruppen</translation>
    </message>
    <message>
        <source>If this makes you feel worse, you can stop at any time.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Wenn es dir damit schlechter geht, kannst du jederzeit aufhören.</translation>
    </message>
    <message>
        <source>Leave out your {group}. Just let it rest.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Diesmal nicht: {group}. Lass diesen Bereich einfach ruhen.</translation>
    </message>
    <message>
        <source>Let each breath out take you a little deeper.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Lass dich mit jedem Ausatmen ein wenig tiefer sinken.</translation>
    </message>
    <message>
        <source>Let go. Let your face smooth out, your neck soften.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Loslassen. Lass das Gesicht glatt werden und den Nacken weich.</translation>
    </message>
    <message>
        <source>Let your eyes close, or rest your gaze softly on one spot.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Schließ die Augen oder lass den Blick sanft auf einem Punkt ruhen.</translation>
    </message>
    <message>
        <source>Make fists with both hands, and press both elbows down.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Mach mit beiden Händen eine Faust und drück beide Ellbogen nach unten.</translation>
    </message>
    <message>
        <source>Now rest, and notice the calm through your whole body.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Ruh dich jetzt aus und spür die Ruhe in deinem ganzen Körper.</translation>
    </message>
    <message>
        <source>Once more, the same muscles.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Noch einmal, dieselben Muskeln.</translation>
    </message>
    <message>
        <source>Progressive muscle relaxation</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Progressive Muskelentspannung</translation>
    </message>
    <message>
        <source>Scrunch your whole face, and draw your chin toward your chest.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Kneif das ganze Gesicht zusammen und zieh das Kinn zur Brust.</translation>
    </message>
    <message>
        <source>Settle into a position where your body is fully supported.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Leg oder setz dich so, dass dein Körper ganz getragen wird.</translation>
    </message>
    <message>
        <source>Sit up slowly, and wait a while before you drive.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Setz dich langsam auf und warte eine Weile, bevor du Auto fährst.</translation>
    </message>
    <message>
        <source>Stretch both legs a little, toes pulled up toward you.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Streck beide Beine leicht und zieh die Zehen zu dir heran.</translation>
    </message>
    <message>
        <source>Stretch gently, and open your eyes when you are ready.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Streck dich sanft und öffne die Augen, wenn du so weit bist.</translation>
    </message>
    <message>
        <source>Tense and release just four areas: arms, face and neck, body, legs.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Spanne nur vier Bereiche an und lass sie los: Arme, Gesicht und Nacken, Rumpf, Beine.</translation>
    </message>
    <message>
        <source>Tense now, and hold it.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Jetzt anspannen und halten.</translation>
    </message>
    <message>
        <source>Tense to feel it, never to pain.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Spanne nur so weit an, dass du es spürst, nie bis zum Schmerz.</translation>
    </message>
    <message>
        <source>The third stage needs only four groups: both arms together, the face and neck, the body from the shoulders to the stomach, and both legs. By now your muscles know the difference between tight and loose, so a few large groups are enough to reach the same calm in less time.

Tense only enough to feel it, never to the point of pain, and leave out any area that is injured or sore.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Die dritte Stufe braucht nur vier Gruppen: beide Arme zusammen, Gesicht und Nacken, den Rumpf von den Schultern bis zum Bauch und beide Beine. Inzwischen kennen deine Muskeln den Unterschied zwischen angespannt und locker. Deshalb reichen wenige große Gruppen, um in kürzerer Zeit dieselbe Ruhe zu erreichen.

Spanne nur so weit an, dass du es spürst, nie bis zum Schmerz, und lass jeden Bereich aus, der verletzt ist oder schmerzt.</translation>
    </message>
    <message>
        <source>Today, just four groups. Tense enough to feel it, never to pain.</source>
        <extracomment>resources/exercises/pmr-4.toml</extracomment>
        <translation>Heute nur vier Gruppen. Spann an, bis du es spürst, nie bis zum Schmerz.</translation>
    </message>
</context>
<context>
    <name>Exercise pmr-7</name>
    <message>
        <source>Afterwards, get up slowly, and wait a little before driving.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Steh danach langsam auf und warte ein wenig, bevor du Auto fährst.</translation>
    </message>
    <message>
        <source>And let go. Let the leg grow heavy and loose.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Und loslassen. Lass das Bein schwer und locker werden.</translation>
    </message>
    <message>
        <source>And let go. Let the whole arm rest, loose and heavy.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Und loslassen. Lass den ganzen Arm ruhen, locker und schwer.</translation>
    </message>
    <message>
        <source>And release. Let your whole face go smooth and easy.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Und loslassen. Lass dein ganzes Gesicht glatt und entspannt werden.</translation>
    </message>
    <message>
        <source>Ask a doctor first with muscle pain or spasms, arthritis, heart or blood-pressure problems, or a history of trauma, flashbacks or psychosis.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Sprich vorher mit einer Ärztin oder einem Arzt, wenn du Muskelschmerzen oder -krämpfe, Arthritis, Herz- oder Blutdruckprobleme hast oder schon einmal Traumata, Flashbacks oder Psychosen erlebt hast.</translation>
    </message>
    <message>
        <source>Begin to move your fingers and toes a little.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Fang an, Finger und Zehen ein wenig zu bewegen.</translation>
    </message>
    <message>
        <source>Bernstein &amp; Borkovec 1973: after the sixteen groups, the muscles are combined into seven, then four.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Bernstein &amp; Borkovec 1973: Nach den sechzehn Gruppen werden die Muskeln zu sieben, dann zu vier zusammengefasst.</translation>
    </message>
    <message>
        <source>Breathe in slowly, and let the breath go.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Atme langsam ein und lass den Atem wieder ausströmen.</translation>
    </message>
    <message>
        <source>Breathe in, draw your shoulders back, and make your stomach firm.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Atme ein, zieh die Schultern zurück und mach den Bauch fest.</translation>
    </message>
    <message>
        <source>Breathe out and let go. Shoulders drop, belly softens.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Atme aus und lass los. Die Schultern sinken, der Bauch wird weich.</translation>
    </message>
    <message>
        <source>Do not tense an injured or painful area; leave it out and let it rest.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Spanne keinen verletzten oder schmerzenden Bereich an; lass ihn aus und lass ihn ruhen.</translation>
    </message>
    <message>
        <source>Draw your chin toward your chest, without letting it touch.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Zieh das Kinn zur Brust, ohne sie zu berühren.</translation>
    </message>
    <message>
        <source>If this makes you feel worse, you can stop at any time.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Wenn es dir damit schlechter geht, kannst du jederzeit aufhören.</translation>
    </message>
    <message>
        <source>Leave out your {group}. Just let it rest.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Diesmal nicht: {group}. Lass diesen Bereich einfach ruhen.</translation>
    </message>
    <message>
        <source>Let each breath out take you a little deeper.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Lass dich mit jedem Ausatmen ein wenig tiefer sinken.</translation>
    </message>
    <message>
        <source>Let go. Let your head rest, your neck easy.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Loslassen. Lass den Kopf ruhen und den Nacken locker.</translation>
    </message>
    <message>
        <source>Let it go. Feel both arms soft and still.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Lass los. Spür beide Arme, weich und still.</translation>
    </message>
    <message>
        <source>Let it go. Let both legs rest, warm and still.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Lass los. Lass beide Beine ruhen, warm und still.</translation>
    </message>
    <message>
        <source>Let your eyes close, or rest your gaze softly on one spot.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Schließ die Augen oder lass den Blick sanft auf einem Punkt ruhen.</translation>
    </message>
    <message>
        <source>Make a fist with your {dominant} hand, and press the elbow down.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Mach mit deiner {dominant} Hand eine Faust, drück den Ellbogen nach unten.</translation>
    </message>
    <message>
        <source>Now rest, and notice the calm through your whole body.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Ruh dich jetzt aus und spür die Ruhe in deinem ganzen Körper.</translation>
    </message>
    <message>
        <source>Now your {other} arm: a fist, and the elbow pressing down.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Jetzt mit deinem {other} Arm: Faust machen, Ellbogen nach unten drücken.</translation>
    </message>
    <message>
        <source>Now your {other} leg: stretch a little, toes pulled toward you.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Jetzt mit deinem {other} Bein: leicht strecken, Zehen zu dir ziehen.</translation>
    </message>
    <message>
        <source>Once more, the same muscles.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Noch einmal, dieselben Muskeln.</translation>
    </message>
    <message>
        <source>Once the sixteen groups feel familiar, this stage joins them into seven: each arm as a whole, the face, the neck, the body from shoulders to stomach, and each leg. The session keeps its calm pace while taking less time. Choose each group twice for a fuller session, as many programmes do at this stage.

Tense only enough to feel it, never to the point of pain, and leave out any area that is injured or sore. There is a longer rest at the end to enjoy the calm.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Wenn dir die sechzehn Gruppen vertraut sind, fasst diese Stufe sie zu sieben zusammen: jeden Arm als Ganzes, das Gesicht, den Nacken, den Rumpf von den Schultern bis zum Bauch und jedes Bein. Die Sitzung behält ihr ruhiges Tempo und dauert doch kürzer. Wähle „Jede Muskelgruppe zweimal“ für eine ausführlichere Sitzung, wie es viele Programme auf dieser Stufe tun.

Spanne nur so weit an, dass du es spürst, nie bis zum Schmerz, und lass jeden Bereich aus, der verletzt ist oder schmerzt. Am Ende gibt es eine längere Pause, in der du die Ruhe genießen kannst.</translation>
    </message>
    <message>
        <source>Progressive muscle relaxation</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Progressive Muskelentspannung</translation>
    </message>
    <message>
        <source>Raise your eyebrows, squeeze your eyes, and bite down gently.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Zieh die Augenbrauen hoch, kneif die Augen zu und beiß sanft zusammen.</translation>
    </message>
    <message>
        <source>Settle into a position where your body is fully supported.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Leg oder setz dich so, dass dein Körper ganz getragen wird.</translation>
    </message>
    <message>
        <source>Seven muscle groups</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Sieben Muskelgruppen</translation>
    </message>
    <message>
        <source>Sit up slowly, and wait a while before you drive.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Setz dich langsam auf und warte eine Weile, bevor du Auto fährst.</translation>
    </message>
    <message>
        <source>Stay with this stillness for as long as it feels good.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Bleib in dieser Stille, solange es sich gut anfühlt.</translation>
    </message>
    <message>
        <source>Stretch gently, and open your eyes when you are ready.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Streck dich sanft und öffne die Augen, wenn du so weit bist.</translation>
    </message>
    <message>
        <source>Stretch your {dominant} leg a little, toes pulled up toward you.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Zieh die Zehen deines {dominant} Fußes heran und streck das Bein leicht.</translation>
    </message>
    <message>
        <source>Tense just enough to feel it. Never to the point of pain.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Spann nur so weit an, dass du es spürst. Nie bis zum Schmerz.</translation>
    </message>
    <message>
        <source>Tense now, and hold it.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Jetzt anspannen und halten.</translation>
    </message>
    <message>
        <source>Tense to feel it, never to pain.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Spanne nur so weit an, dass du es spürst, nie bis zum Schmerz.</translation>
    </message>
    <message>
        <source>The same tense and release, with the muscles combined into seven groups.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Dasselbe Anspannen und Loslassen, die Muskeln nun zu sieben Gruppen zusammengefasst.</translation>
    </message>
    <message>
        <source>This time the muscles work together, in seven groups.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Diesmal arbeiten die Muskeln zusammen, in sieben Gruppen.</translation>
    </message>
    <message>
        <source>Öst 1987: applied relaxation moves from full tensing towards release only and a cue word.</source>
        <extracomment>resources/exercises/pmr-7.toml</extracomment>
        <translation>Öst 1987: Die Angewandte Entspannung führt vom vollen Anspannen hin zum reinen Loslassen und zu einem Signalwort.</translation>
    </message>
</context>
<context>
    <name>Exercise pmr-counting</name>
    <message>
        <source>A six-session programme went from release only to release with counting, then counting alone (PMC10484595).</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Ein Programm mit sechs Sitzungen ging vom reinen Loslassen zum Loslassen mit Zählen, dann zum Zählen allein (PMC10484595).</translation>
    </message>
    <message>
        <source>As in the release-only stage, you relax each of the four areas by remembering how letting go felt, without tensing. Then a slow count from ten down to one lets you go a little deeper with each number. Over time the count alone can bring back the calm.

There is no right amount of relaxation to reach. If a number passes while your mind wanders, just join the count again.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Wie auf der Stufe „Nur loslassen“ entspannst du jeden der vier Bereiche, ohne anzuspannen, indem du dich erinnerst, wie sich das Loslassen angefühlt hat. Danach zählst du langsam von zehn bis eins rückwärts und sinkst mit jeder Zahl ein wenig tiefer. Mit der Zeit kann schon das Zählen allein die Ruhe zurückbringen.

Es gibt kein richtiges Maß an Entspannung, das du erreichen musst. Wenn eine Zahl vorbeigeht, während deine Gedanken wandern, steig einfach wieder ins Zählen ein.</translation>
    </message>
    <message>
        <source>Ask a doctor first with a history of trauma, flashbacks or psychosis.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Sprich vorher mit einer Ärztin oder einem Arzt, wenn du schon einmal Traumata, Flashbacks oder Psychosen erlebt hast.</translation>
    </message>
    <message>
        <source>Begin to move your fingers and toes a little.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Fang an, Finger und Zehen ein wenig zu bewegen.</translation>
    </message>
    <message>
        <source>Breathe in slowly, and let the breath go.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Atme langsam ein und lass den Atem wieder ausströmen.</translation>
    </message>
    <message>
        <source>Bring your attention to your arms. Let them go loose, as before.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Richte deine Aufmerksamkeit auf deine Arme. Lass sie locker werden, wie zuvor.</translation>
    </message>
    <message>
        <source>Eight.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Acht.</translation>
    </message>
    <message>
        <source>First we let go area by area, then we count down.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Erst lassen wir Bereich für Bereich los, dann zählen wir rückwärts.</translation>
    </message>
    <message>
        <source>Five.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Fünf.</translation>
    </message>
    <message>
        <source>Four.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Vier.</translation>
    </message>
    <message>
        <source>If this makes you feel worse, you can stop at any time.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Wenn es dir damit schlechter geht, kannst du jederzeit aufhören.</translation>
    </message>
    <message>
        <source>If you feel worse, stop, open your eyes and breathe your own way.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Wenn es dir schlechter geht, hör auf, öffne die Augen und atme in deinem eigenen Rhythmus.</translation>
    </message>
    <message>
        <source>Let the count go now. Rest in the calm for a while.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Lass das Zählen jetzt los. Bleib noch eine Weile in dieser Ruhe.</translation>
    </message>
    <message>
        <source>Let your eyes close, or rest your gaze softly on one spot.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Schließ die Augen oder lass den Blick sanft auf einem Punkt ruhen.</translation>
    </message>
    <message>
        <source>Nine.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Neun.</translation>
    </message>
    <message>
        <source>Now your face and neck. Let them soften, as they did before.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Jetzt Gesicht und Nacken. Lass sie weich werden, so wie zuvor.</translation>
    </message>
    <message>
        <source>Now your legs. Let them grow heavy and warm, as before.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Jetzt die Beine. Lass sie schwer und warm werden, wie zuvor.</translation>
    </message>
    <message>
        <source>Now your shoulders, chest and stomach. Let them settle and ease.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Jetzt Schultern, Brust und Bauch. Lass sie zur Ruhe kommen und sich lösen.</translation>
    </message>
    <message>
        <source>One.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Eins.</translation>
    </message>
    <message>
        <source>Progressive muscle relaxation</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Progressive Muskelentspannung</translation>
    </message>
    <message>
        <source>Recall the release in four areas, then let go further while counting down.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Erinnere dich an das Loslassen in vier Bereichen, dann lass beim Rückwärtszählen noch mehr los.</translation>
    </message>
    <message>
        <source>Release with counting</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Loslassen mit Zählen</translation>
    </message>
    <message>
        <source>Settle into a position where your body is fully supported.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Leg oder setz dich so, dass dein Körper ganz getragen wird.</translation>
    </message>
    <message>
        <source>Seven.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Sieben.</translation>
    </message>
    <message>
        <source>Sit up slowly, and wait a while before you drive.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Setz dich langsam auf und warte eine Weile, bevor du Auto fährst.</translation>
    </message>
    <message>
        <source>Six.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Sechs.</translation>
    </message>
    <message>
        <source>Stretch gently, and open your eyes when you are ready.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Streck dich sanft und öffne die Augen, wenn du so weit bist.</translation>
    </message>
    <message>
        <source>Ten.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Zehn.</translation>
    </message>
    <message>
        <source>Three.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Drei.</translation>
    </message>
    <message>
        <source>Two.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Zwei.</translation>
    </message>
    <message>
        <source>Öst 1987: applied relaxation, from tense and release to release only and cue-controlled relaxation.</source>
        <extracomment>resources/exercises/pmr-counting.toml</extracomment>
        <translation>Öst 1987: Angewandte Entspannung, vom Anspannen und Loslassen zum reinen Loslassen und zur Entspannung mit Signalwort.</translation>
    </message>
</context>
<context>
    <name>Exercise pmr-cue</name>
    <message>
        <source>About three minutes: think “in” as you breathe in, and “relax” as you breathe out.</source>
        <extracomment>resources/exercises/pmr-cue.toml</extracomment>
        <translation>Etwa drei Minuten: Denk „ein“, wenn du einatmest, und „entspannen“, wenn du ausatmest.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply: small, quiet breaths are enough.</source>
        <extracomment>resources/exercises/pmr-cue.toml</extracomment>
        <translation>Atme sanft, nicht tief: Kleine, ruhige Atemzüge reichen.</translation>
    </message>
    <message>
        <source>Cue-controlled relaxation</source>
        <extracomment>resources/exercises/pmr-cue.toml</extracomment>
        <translation>Entspannung mit Signalwort</translation>
    </message>
    <message>
        <source>If you feel dizzy or worse, stop and breathe your own way.</source>
        <extracomment>resources/exercises/pmr-cue.toml</extracomment>
        <translation>Wenn dir schwindlig wird oder es dir schlechter geht, hör auf und atme in deinem eigenen Rhythmus.</translation>
    </message>
    <message>
        <source>In.</source>
        <extracomment>resources/exercises/pmr-cue.toml</extracomment>
        <translation>Ein.</translation>
    </message>
    <message>
        <source>Let the words go, and breathe your own way.</source>
        <extracomment>resources/exercises/pmr-cue.toml</extracomment>
        <translation>Lass die Worte los und atme in deinem eigenen Rhythmus.</translation>
    </message>
    <message>
        <source>Let your breathing be easy. Small, gentle breaths are enough.</source>
        <extracomment>resources/exercises/pmr-cue.toml</extracomment>
        <translation>Lass deinen Atem leicht sein. Kleine, sanfte Atemzüge reichen.</translation>
    </message>
    <message>
        <source>Progressive muscle relaxation</source>
        <extracomment>resources/exercises/pmr-cue.toml</extracomment>
        <translation>Progressive Muskelentspannung</translation>
    </message>
    <message>
        <source>Relax.</source>
        <extracomment>resources/exercises/pmr-cue.toml</extracomment>
        <translation>Entspannen.</translation>
    </message>
    <message>
        <source>Settle comfortably, and let your eyes close if you like.</source>
        <extracomment>resources/exercises/pmr-cue.toml</extracomment>
        <translation>Mach es dir bequem und schließ die Augen, wenn du magst.</translation>
    </message>
    <message>
        <source>The last stage ties the calm you have practised to a word. Breathing slowly and easily, you think "in" as you breathe in and "relax" as you breathe out, letting the body loosen a little more with each breath out. With practice, the word alone can bring some of that calm back in everyday moments: on a bus, before a meeting, in bed at night.

Keep the breaths small and gentle; there is no need to breathe deeply. If the pace does not suit you, breathe your own way and just think the words.</source>
        <extracomment>resources/exercises/pmr-cue.toml</extracomment>
        <translation>Die letzte Stufe verbindet die Ruhe, die du geübt hast, mit einem Wort. Du atmest langsam und leicht, denkst „ein“, wenn du einatmest, und „entspannen“, wenn du ausatmest, und lässt den Körper mit jedem Ausatmen ein wenig lockerer werden. Mit etwas Übung kann das Wort allein einen Teil dieser Ruhe im Alltag zurückbringen: im Bus, vor einer Besprechung, abends im Bett.

Halte die Atemzüge klein und sanft; du musst nicht tief atmen. Wenn dir das Tempo nicht passt, atme in deinem eigenen Rhythmus und denk einfach die Worte.</translation>
    </message>
    <message>
        <source>The word relax can bring this calm back, whenever you need it.</source>
        <extracomment>resources/exercises/pmr-cue.toml</extracomment>
        <translation>Das Wort „entspannen“ kann diese Ruhe zurückbringen, wann immer du sie brauchst.</translation>
    </message>
    <message>
        <source>Think in as you breathe in, and relax as you breathe out.</source>
        <extracomment>resources/exercises/pmr-cue.toml</extracomment>
        <translation>Denk „ein“, wenn du einatmest, und „entspannen“, wenn du ausatmest.</translation>
    </message>
    <message>
        <source>Öst 1987: cue-controlled relaxation, "in" on the breath in and "relax" on the breath out; calm within two to three minutes with practice.</source>
        <extracomment>resources/exercises/pmr-cue.toml</extracomment>
        <translation>Öst 1987: Entspannung mit Signalwort, „ein“ beim Einatmen und „entspannen“ beim Ausatmen; mit Übung Ruhe innerhalb von zwei bis drei Minuten.</translation>
    </message>
</context>
<context>
    <name>Exercise pmr-recall</name>
    <message>
        <source>A six-session programme went from 16 to 7 to 4 groups, then to release only (PMC10484595).</source>
        <extracomment>resources/exercises/pmr-recall.toml</extracomment>
        <translation>Ein Programm mit sechs Sitzungen ging von 16 über 7 zu 4 Gruppen, dann zum reinen Loslassen (PMC10484595).</translation>
    </message>
    <message>
        <source>Ask a doctor first with a history of trauma, flashbacks or psychosis.</source>
        <extracomment>resources/exercises/pmr-recall.toml</extracomment>
        <translation>Sprich vorher mit einer Ärztin oder einem Arzt, wenn du schon einmal Traumata, Flashbacks oder Psychosen erlebt hast.</translation>
    </message>
    <message>
        <source>At this stage there is no tensing at all. You bring your attention to each of the four areas in turn, remember how it felt after letting go, and let it settle into that feeling again. This is the step that makes relaxation something you can do anywhere, without anyone noticing.

If an area will not let go, that is fine: notice it kindly and move on. You can always go back to an earlier stage.</source>
        <extracomment>resources/exercises/pmr-recall.toml</extracomment>
        <translation>Auf dieser Stufe spannst du gar nicht mehr an. Du richtest deine Aufmerksamkeit nacheinander auf jeden der vier Bereiche, erinnerst dich, wie er sich nach dem Loslassen angefühlt hat, und lässt ihn wieder in dieses Gefühl sinken. Mit diesem Schritt wird Entspannung zu etwas, das du überall kannst, ohne dass es jemand bemerkt.

Wenn ein Bereich nicht loslassen will, ist das in Ordnung: Nimm ihn freundlich wahr und geh weiter. Du kannst jederzeit zu einer früheren Stufe zurückgehen.</translation>
    </message>
    <message>
        <source>Begin to move your fingers and toes a little.</source>
        <extracomment>resources/exercises/pmr-recall.toml</extracomment>
        <translation>Fang an, Finger und Zehen ein wenig zu bewegen.</translation>
    </message>
    <message>
        <source>Breathe in slowly, and let the breath go.</source>
        <extracomment>resources/exercises/pmr-recall.toml</extracomment>
        <translation>Atme langsam ein und lass den Atem wieder ausströmen.</translation>
    </message>
    <message>
        <source>Bring your attention to your arms. Let them go loose, as before.</source>
        <extracomment>resources/exercises/pmr-recall.toml</extracomment>
        <translation>Richte deine Aufmerksamkeit auf deine Arme. Lass sie locker werden, wie zuvor.</translation>
    </message>
    <message>
        <source>If this makes you feel worse, you can stop at any time.</source>
        <extracomment>resources/exercises/pmr-recall.toml</extracomment>
        <translation>Wenn es dir damit schlechter geht, kannst du jederzeit aufhören.</translation>
    </message>
    <message>
        <source>If you feel worse, stop, open your eyes and breathe your own way.</source>
        <extracomment>resources/exercises/pmr-recall.toml</extracomment>
        <translation>Wenn es dir schlechter geht, hör auf, öffne die Augen und atme in deinem eigenen Rhythmus.</translation>
    </message>
    <message>
        <source>Let your eyes close, or rest your gaze softly on one spot.</source>
        <extracomment>resources/exercises/pmr-recall.toml</extracomment>
        <translation>Schließ die Augen oder lass den Blick sanft auf einem Punkt ruhen.</translation>
    </message>
    <message>
        <source>No tensing today. Just remember how letting go felt.</source>
        <extracomment>resources/exercises/pmr-recall.toml</extracomment>
        <translation>Heute ohne Anspannen. Erinnere dich nur, wie sich das Loslassen anfühlte.</translation>
    </message>
    <message>
        <source>Now your face and neck. Let them soften, as they did before.</source>
        <extracomment>resources/exercises/pmr-recall.toml</extracomment>
        <translation>Jetzt Gesicht und Nacken. Lass sie weich werden, so wie zuvor.</translation>
    </message>
    <message>
        <source>Now your legs. Let them grow heavy and warm, as before.</source>
        <extracomment>resources/exercises/pmr-recall.toml</extracomment>
        <translation>Jetzt die Beine. Lass sie schwer und warm werden, wie zuvor.</translation>
    </message>
    <message>
        <source>Now your shoulders, chest and stomach. Let them settle and ease.</source>
        <extracomment>resources/exercises/pmr-recall.toml</extracomment>
        <translation>Jetzt Schultern, Brust und Bauch. Lass sie zur Ruhe kommen und sich lösen.</translation>
    </message>
    <message>
        <source>Progressive muscle relaxation</source>
        <extracomment>resources/exercises/pmr-recall.toml</extracomment>
        <translation>Progressive Muskelentspannung</translation>
    </message>
    <message>
        <source>Relax the four areas without tensing, by recalling how letting go felt.</source>
        <extracomment>resources/exercises/pmr-recall.toml</extracomment>
        <translation>Entspanne die vier Bereiche ohne Anspannen, indem du dich an das Loslassen erinnerst.</translation>
    </message>
    <message>
        <source>Release only</source>
        <extracomment>resources/exercises/pmr-recall.toml</extracomment>
        <translation>Nur loslassen</translation>
    </message>
    <message>
        <source>Rest here, and notice the calm through your whole body.</source>
        <extracomment>resources/exercises/pmr-recall.toml</extracomment>
        <translation>Ruh dich hier aus und spür die Ruhe in deinem ganzen Körper.</translation>
    </message>
    <message>
        <source>Settle into a position where your body is fully supported.</source>
        <extracomment>resources/exercises/pmr-recall.toml</extracomment>
        <translation>Leg oder setz dich so, dass dein Körper ganz getragen wird.</translation>
    </message>
    <message>
        <source>Sit up slowly, and wait a while before you drive.</source>
        <extracomment>resources/exercises/pmr-recall.toml</extracomment>
        <translation>Setz dich langsam auf und warte eine Weile, bevor du Auto fährst.</translation>
    </message>
    <message>
        <source>Stretch gently, and open your eyes when you are ready.</source>
        <extracomment>resources/exercises/pmr-recall.toml</extracomment>
        <translation>Streck dich sanft und öffne die Augen, wenn du so weit bist.</translation>
    </message>
    <message>
        <source>Öst 1987: applied relaxation moves from tense and release to release only.</source>
        <extracomment>resources/exercises/pmr-recall.toml</extracomment>
        <translation>Öst 1987: Die Angewandte Entspannung führt vom Anspannen und Loslassen zum reinen Loslassen.</translation>
    </message>
</context>
<context>
    <name>Exercise relaxed</name>
    <message>
        <source>A gentle place to start. Breathe in through the nose for about four seconds, letting the belly rather than the chest rise, then let the air flow out for about five seconds. There is no holding at any point, and the breaths stay normal-sized: you are slowing the rhythm, not filling up.

A few minutes, two or three times a day, is a common way to practise. If you feel light-headed, make the breaths smaller or just breathe normally for a while. It is fine to stop whenever you want to.</source>
        <extracomment>resources/exercises/relaxed.toml</extracomment>
        <translation>Ein sanfter Einstieg. Atme etwa vier Sekunden lang durch die Nase ein, sodass sich eher der Bauch hebt als die Brust, und lass die Luft dann etwa fünf Sekunden lang hinausströmen. Es gibt an keiner Stelle ein Halten, und die Atemzüge bleiben so tief wie sonst: Du verlangsamst nur den Rhythmus, du holst nicht mehr Luft.

Ein paar Minuten, zwei- oder dreimal am Tag – so wird oft geübt. Wenn du dich benommen fühlst, atme weniger tief oder eine Weile einfach normal. Du kannst jederzeit aufhören, wenn du möchtest.</translation>
    </message>
    <message>
        <source>If you feel more anxious or dizzy, open your eyes, breathe normally, or stop. That is fine.</source>
        <extracomment>resources/exercises/relaxed.toml</extracomment>
        <translation>Wenn du ängstlicher wirst oder dir schwindelig wird, öffne die Augen, atme normal oder hör auf. Das ist in Ordnung.</translation>
    </message>
    <message>
        <source>Keep each breath soft and normal-sized; big breaths can leave you light-headed.</source>
        <extracomment>resources/exercises/relaxed.toml</extracomment>
        <translation>Atme jedes Mal sanft und nicht tiefer als gewohnt; tiefe Atemzüge können dich benommen machen.</translation>
    </message>
    <message>
        <source>NHS, Breathing exercises for stress: no pausing or holding, 3 to 5 minutes, 2 to 3 times a day.</source>
        <extracomment>resources/exercises/relaxed.toml</extracomment>
        <translation>NHS, „Breathing exercises for stress“ (Atemübungen bei Stress): keine Pausen, kein Halten, 3 bis 5 Minuten, 2- bis 3-mal am Tag.</translation>
    </message>
    <message>
        <source>Relaxed breathing</source>
        <extracomment>resources/exercises/relaxed.toml</extracomment>
        <translation>Entspanntes Atmen</translation>
    </message>
    <message>
        <source>Slow, easy breaths with a slightly longer breath out. No holding.</source>
        <extracomment>resources/exercises/relaxed.toml</extracomment>
        <translation>Langsame, leichte Atemzüge mit etwas längerem Ausatmen. Ohne Halten.</translation>
    </message>
    <message>
        <source>Zaccaro et al. 2018, Frontiers in Human Neuroscience 12:353: slow breathing and arousal.</source>
        <extracomment>resources/exercises/relaxed.toml</extracomment>
        <translation>Zaccaro et al. 2018, Frontiers in Human Neuroscience 12:353: langsames Atmen und Erregungsniveau.</translation>
    </message>
</context>
<context>
    <name>Exercise resonance</name>
    <message>
        <source>Breathe gently: on the first day of slow paced breathing many people over-breathe. Small, quiet breaths are enough.</source>
        <extracomment>resources/exercises/resonance.toml</extracomment>
        <translation>Atme sanft: Am ersten Tag mit langsamem Atmen im Takt atmen viele Menschen zu viel. Kleine, leise Atemzüge genügen.</translation>
    </message>
    <message>
        <source>Breathe in and out for equal lengths, about five and a half seconds each, with no pause between. At around five to six breaths a minute, the rhythms of breathing and heart rate tend to fall into step for many adults, which is why this pace is used in heart-rate-variability training.

The best pace differs a little from person to person, usually somewhere between four and a half and six and a half breaths a minute. Start at the default and adjust it until the rhythm feels unforced. One trial used a single 15-minute period a day; ten minutes is a good start.</source>
        <extracomment>resources/exercises/resonance.toml</extracomment>
        <translation>Atme gleich lang ein und aus, jeweils etwa fünfeinhalb Sekunden, ohne Pause dazwischen. Bei etwa fünf bis sechs Atemzügen pro Minute kommen die Rhythmen von Atmung und Herzfrequenz bei vielen Erwachsenen oft in Einklang; deshalb wird dieses Tempo beim Training der Herzratenvariabilität genutzt.

Das beste Tempo ist von Mensch zu Mensch etwas verschieden, meist liegt es irgendwo zwischen viereinhalb und sechseinhalb Atemzügen pro Minute. Beginne mit der Voreinstellung und passe sie an, bis sich der Rhythmus mühelos anfühlt. Eine Studie sah einmal am Tag 15 Minuten am Stück vor; zehn Minuten sind ein guter Anfang.</translation>
    </message>
    <message>
        <source>Even, slow breaths at about five and a half a minute; the pace is adjustable.</source>
        <extracomment>resources/exercises/resonance.toml</extracomment>
        <translation>Gleichmäßige, langsame Atemzüge, etwa fünfeinhalb pro Minute; das Tempo ist einstellbar.</translation>
    </message>
    <message>
        <source>Goessl et al. 2017, Psychological Medicine, studied heart-rate-variability biofeedback (with a monitor), not paced breathing on its own.</source>
        <extracomment>resources/exercises/resonance.toml</extracomment>
        <translation>Goessl et al. 2017, Psychological Medicine, untersuchte Biofeedback der Herzratenvariabilität (mit Messgerät), nicht das Atmen im Takt allein.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <extracomment>resources/exercises/resonance.toml</extracomment>
        <translation>Resonanzatmung</translation>
    </message>
    <message>
        <source>Shaffer and Meehan 2020, Frontiers in Neuroscience: adult resonance rates range from about 4.5 to 6.5 breaths a minute.</source>
        <extracomment>resources/exercises/resonance.toml</extracomment>
        <translation>Shaffer und Meehan 2020, Frontiers in Neuroscience: Die Resonanzfrequenz Erwachsener liegt bei etwa 4,5 bis 6,5 Atemzügen pro Minute.</translation>
    </message>
    <message>
        <source>Steffen et al. 2017, Frontiers in Public Health 5:222: one 15-minute period of resonance-rate breathing.</source>
        <extracomment>resources/exercises/resonance.toml</extracomment>
        <translation>Steffen et al. 2017, Frontiers in Public Health 5:222: eine einzelne Übungszeit von 15 Minuten, geatmet in der Resonanzfrequenz.</translation>
    </message>
    <message>
        <source>Tingling, dizziness or light-headedness mean the breaths are too big: breathe normally until it passes.</source>
        <extracomment>resources/exercises/resonance.toml</extracomment>
        <translation>Kribbeln, Schwindel oder Benommenheit bedeuten, dass die Atemzüge zu tief sind: Atme normal, bis es vorbeigeht.</translation>
    </message>
</context>
<context>
    <name>ExerciseFile</name>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not a known field (a typo?)</source>
        <translation>ist kein bekanntes Feld (ein Tippfehler?)</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>must be a list of non-empty texts</source>
        <translation>muss eine Liste nicht leerer Texte sein</translation>
    </message>
    <message>
        <source>must be a list of tables ([[...]] in TOML)</source>
        <translation>muss eine Liste von Tabellen sein ([[...]] in TOML)</translation>
    </message>
    <message>
        <source>must be a number of seconds, got {value}</source>
        <translation>muss eine Anzahl Sekunden sein, ist aber {value}</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>muss eine Tabelle sein</translation>
    </message>
    <message>
        <source>must be a whole number, got {value}</source>
        <translation>muss eine ganze Zahl sein, ist aber {value}</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>must be one of {names}</source>
        <translation>muss eines davon sein: {names}</translation>
    </message>
</context>
<context>
    <name>HalfSecondSpinBox</name>
    <message>
        <source>s</source>
        <comment>seconds, after a number</comment>
        <translation>s</translation>
    </message>
</context>
<context>
    <name>HelpsTable</name>
    <message numerus="yes">
        <source>Average before minus after over %n rated session(s): {change} points on the 0-10 scale.</source>
        <translation><numerusform>Durchschnitt von vorher minus nachher über %n eingeschätzte Sitzung: {change} Punkte auf der Skala von 0 bis 10.</numerusform><numerusform>Durchschnitt von vorher minus nachher über %n eingeschätzte Sitzungen: {change} Punkte auf der Skala von 0 bis 10.</numerusform></translation>
    </message>
    <message>
        <source>Average change</source>
        <translation>Mittlere Veränderung</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Rated before and after</source>
        <translation>Vorher und nachher eingeschätzt</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>HighRatingPage</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Sitzung starten</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n Minute</numerusform><numerusform>%n Minuten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n practice day(s) and {minutes} in all in this period.</source>
        <translation><numerusform>%n Übungstag und {minutes} insgesamt in diesem Zeitraum.</numerusform><numerusform>%n Übungstage und {minutes} insgesamt in diesem Zeitraum.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Distress</source>
        <translation>&amp;Belastung</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Überblick</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>Üb&amp;en</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>Days shown in Minutes per day</source>
        <translation>Gezeigte Tage im Diagramm „Minuten pro Tag“</translation>
    </message>
    <message>
        <source>Days shown in the distress chart</source>
        <translation>Gezeigte Tage im Belastungsdiagramm</translation>
    </message>
    <message>
        <source>Distress before and after (0 = completely calm, 10 = most anxious)</source>
        <translation>Belastung vorher und nachher (0 = ganz ruhig, 10 = größte Angst)</translation>
    </message>
    <message>
        <source>Distress is rated from 0 to 10 before and after a session. {change_note}</source>
        <translation>Vor und nach einer Sitzung schätzt du deine Belastung von 0 bis 10 ein. {change_note}</translation>
    </message>
    <message>
        <source>Each dot is one self-check; dashed lines mark where the ranges begin (5, 10, 15). A self-check, not a diagnosis.</source>
        <translation>Jeder Punkt ist ein Selbstcheck; gestrichelte Linien zeigen, wo die Bereiche beginnen (5, 10, 15). Ein Selbstcheck, keine Diagnose.</translation>
    </message>
    <message numerus="yes">
        <source>In this period: %n rated session(s), on average {before} before and {after} after.</source>
        <translation><numerusform>In diesem Zeitraum: %n eingeschätzte Sitzung, im Durchschnitt {before} vorher und {after} nachher.</numerusform><numerusform>In diesem Zeitraum: %n eingeschätzte Sitzungen, im Durchschnitt {before} vorher und {after} nachher.</numerusform></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Less {squares} more: none, under 5, 5-9, 10-19, 20 or more minutes a day. Point at a day to see it.</source>
        <translation>Weniger {squares} mehr: keine, unter 5, 5–9, 10–19, 20 oder mehr Minuten am Tag. Zeig auf einen Tag, um Näheres zu sehen.</translation>
    </message>
    <message>
        <source>Minutes per day</source>
        <translation>Minuten pro Tag</translation>
    </message>
    <message>
        <source>Minutes per week, the last 12 months</source>
        <translation>Minuten pro Woche, die letzten 12 Monate</translation>
    </message>
    <message>
        <source>No sessions in this period were rated before and after. Ratings appear here once you give them (they can be switched on in Settings).</source>
        <translation>In diesem Zeitraum wurde keine Sitzung vorher und nachher eingeschätzt. Einschätzungen erscheinen hier, sobald du sie gibst (du kannst sie in den Einstellungen einschalten).</translation>
    </message>
    <message>
        <source>No sessions yet. Your practice shows up here as soon as a session finishes or you stop it, and so does a calendar of your days and what helps you most.</source>
        <translation>Noch keine Sitzungen. Dein Üben erscheint hier, sobald eine Sitzung endet oder du sie beendest, und dazu ein Kalender deiner Tage und was dir am meisten hilft.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Self-&amp;check</source>
        <translation>Selbst&amp;check</translation>
    </message>
    <message>
        <source>Self-check totals (0-21), the same weeks</source>
        <translation>Punktzahlen der Selbstchecks (0–21), dieselben Wochen</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Anzei&amp;gen:</translation>
    </message>
    <message>
        <source>The last year</source>
        <translation>Das letzte Jahr</translation>
    </message>
    <message>
        <source>{before_mark} before &amp;nbsp; {after_mark} after, the average of each day's sessions rated both before and after.</source>
        <translation>{before_mark} vorher &amp;nbsp; {after_mark} nachher, der Durchschnitt der Sitzungen eines Tages, die vorher und nachher eingeschätzt wurden.</translation>
    </message>
</context>
<context>
    <name>ImageryOptions</name>
    <message>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Lang</translation>
    </message>
    <message>
        <source>Long version</source>
        <translation>Lange Fassung</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Kurz</translation>
    </message>
    <message>
        <source>Short version</source>
        <translation>Kurze Fassung</translation>
    </message>
    <message>
        <source>{version} (about {minutes} min)</source>
        <translation>{version} (etwa {minutes} min)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n pattern(s)</source>
        <translation><numerusform>%n Atemmuster</numerusform><numerusform>%n Atemmuster</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be used; the reasons are below. Nothing is imported unless you choose to import only the valid rows. You could also fix the file and try again.</source>
        <translation><numerusform>%n Zeile ist nicht verwendbar; die Gründe stehen unten. Nichts wird importiert, außer du wählst, nur die gültigen Zeilen zu importieren. Du kannst auch die Datei korrigieren und es noch einmal versuchen.</numerusform><numerusform>%n Zeilen sind nicht verwendbar; die Gründe stehen unten. Nichts wird importiert, außer du wählst, nur die gültigen Zeilen zu importieren. Du kannst auch die Datei korrigieren und es noch einmal versuchen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n self-check(s)</source>
        <translation><numerusform>%n Selbstcheck</numerusform><numerusform>%n Selbstchecks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n Sitzung</numerusform><numerusform>%n Sitzungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n valid pattern(s)</source>
        <translation><numerusform>%n gültiges Atemmuster</numerusform><numerusform>%n gültige Atemmuster</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n valid self-check(s)</source>
        <translation><numerusform>%n gültigen Selbstcheck</numerusform><numerusform>%n gültige Selbstchecks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n valid session(s)</source>
        <translation><numerusform>%n gültige Sitzung</numerusform><numerusform>%n gültige Sitzungen</numerusform></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Verlauf importieren</translation>
    </message>
    <message>
        <source>Import the {things}</source>
        <translation>Nur {things} importieren</translation>
    </message>
    <message>
        <source>Import {things}</source>
        <translation>{things} importieren</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing new to add: your history already has all of it.</source>
        <translation>Nichts Neues hinzuzufügen: Dein Verlauf hat schon alles davon.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>{first}, {second} and {third}</source>
        <translation>{first}, {second} und {third}</translation>
    </message>
    <message>
        <source>{name} ({format}) holds {contents}.</source>
        <translation>{name} ({format}) enthält {contents}.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n saved pattern(s): {added} added, {present} already present, {rejected} rejected.</source>
        <translation><numerusform>%n gespeichertes Atemmuster: {added} hinzugefügt, {present} schon vorhanden, {rejected} abgelehnt.</numerusform><numerusform>%n gespeicherte Atemmuster: {added} hinzugefügt, {present} schon vorhanden, {rejected} abgelehnt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n saved pattern(s): {added} could be added, {present} already present, {rejected} rejected.</source>
        <translation><numerusform>%n gespeichertes Atemmuster: {added} hinzufügbar, {present} schon vorhanden, {rejected} abgelehnt.</numerusform><numerusform>%n gespeicherte Atemmuster: {added} hinzufügbar, {present} schon vorhanden, {rejected} abgelehnt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n saved pattern(s): {added} would be added, {present} already present, {rejected} rejected.</source>
        <translation><numerusform>%n gespeichertes Atemmuster: {added} zum Hinzufügen, {present} schon vorhanden, {rejected} abgelehnt.</numerusform><numerusform>%n gespeicherte Atemmuster: {added} zum Hinzufügen, {present} schon vorhanden, {rejected} abgelehnt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n self-check(s) in the file: {added} added, {present} already present, {rejected} rejected.</source>
        <translation><numerusform>%n Selbstcheck in der Datei: {added} hinzugefügt, {present} schon vorhanden, {rejected} abgelehnt.</numerusform><numerusform>%n Selbstchecks in der Datei: {added} hinzugefügt, {present} schon vorhanden, {rejected} abgelehnt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n self-check(s) in the file: {added} could be added, {present} already present, {rejected} rejected.</source>
        <translation><numerusform>%n Selbstcheck in der Datei: {added} hinzufügbar, {present} schon vorhanden, {rejected} abgelehnt.</numerusform><numerusform>%n Selbstchecks in der Datei: {added} hinzufügbar, {present} schon vorhanden, {rejected} abgelehnt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n self-check(s) in the file: {added} would be added, {present} already present, {rejected} rejected.</source>
        <translation><numerusform>%n Selbstcheck in der Datei: {added} zum Hinzufügen, {present} schon vorhanden, {rejected} abgelehnt.</numerusform><numerusform>%n Selbstchecks in der Datei: {added} zum Hinzufügen, {present} schon vorhanden, {rejected} abgelehnt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n self-check(s): {added} added, {present} already present, {rejected} rejected.</source>
        <translation><numerusform>%n Selbstcheck: {added} hinzugefügt, {present} schon vorhanden, {rejected} abgelehnt.</numerusform><numerusform>%n Selbstchecks: {added} hinzugefügt, {present} schon vorhanden, {rejected} abgelehnt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n self-check(s): {added} could be added, {present} already present, {rejected} rejected.</source>
        <translation><numerusform>%n Selbstcheck: {added} hinzufügbar, {present} schon vorhanden, {rejected} abgelehnt.</numerusform><numerusform>%n Selbstchecks: {added} hinzufügbar, {present} schon vorhanden, {rejected} abgelehnt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n self-check(s): {added} would be added, {present} already present, {rejected} rejected.</source>
        <translation><numerusform>%n Selbstcheck: {added} zum Hinzufügen, {present} schon vorhanden, {rejected} abgelehnt.</numerusform><numerusform>%n Selbstchecks: {added} zum Hinzufügen, {present} schon vorhanden, {rejected} abgelehnt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in the file: {added} added, {present} already present, {rejected} rejected.</source>
        <translation><numerusform>%n Sitzung in der Datei: {added} hinzugefügt, {present} schon vorhanden, {rejected} abgelehnt.</numerusform><numerusform>%n Sitzungen in der Datei: {added} hinzugefügt, {present} schon vorhanden, {rejected} abgelehnt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in the file: {added} could be added, {present} already present, {rejected} rejected.</source>
        <translation><numerusform>%n Sitzung in der Datei: {added} hinzufügbar, {present} schon vorhanden, {rejected} abgelehnt.</numerusform><numerusform>%n Sitzungen in der Datei: {added} hinzufügbar, {present} schon vorhanden, {rejected} abgelehnt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in the file: {added} would be added, {present} already present, {rejected} rejected.</source>
        <translation><numerusform>%n Sitzung in der Datei: {added} zum Hinzufügen, {present} schon vorhanden, {rejected} abgelehnt.</numerusform><numerusform>%n Sitzungen in der Datei: {added} zum Hinzufügen, {present} schon vorhanden, {rejected} abgelehnt.</numerusform></translation>
    </message>
    <message>
        <source>Nothing new to add: your practice log is unchanged.</source>
        <translation>Nichts Neues hinzuzufügen: Dein Übungstagebuch ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported, because %n row(s) cannot be used. Fix them, or import only the valid rows.</source>
        <translation><numerusform>Es wurde nichts importiert, weil %n Zeile nicht verwendet werden kann. Korrigiere sie, oder importiere nur die gültigen Zeilen.</numerusform><numerusform>Es wurde nichts importiert, weil %n Zeilen nicht verwendet werden können. Korrigiere sie, oder importiere nur die gültigen Zeilen.</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported, because 1 row cannot be used. Fix it, or import only the valid rows.</source>
        <translation>Es wurde nichts importiert, weil 1 Zeile nicht verwendet werden kann. Korrigiere sie, oder importiere nur die gültigen Zeilen.</translation>
    </message>
    <message>
        <source>The new rows were added to your practice log.</source>
        <translation>Die neuen Zeilen wurden deinem Übungstagebuch hinzugefügt.</translation>
    </message>
    <message>
        <source>This was a check: nothing was written.</source>
        <translation>Das war eine Prüfung: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>This was a check: nothing was written. As it is, the file would be refused unless you import only the valid rows.</source>
        <translation>Das war eine Prüfung: Es wurde nichts geschrieben. So, wie sie ist, würde die Datei abgelehnt, außer du importierst nur die gültigen Zeilen.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows could not be used (your history changed since the check). Your history is as it was.</source>
        <translation>Nichts wurde importiert: Einige Zeilen ließen sich nicht verwenden (dein Verlauf hat sich seit der Prüfung geändert). Dein Verlauf ist unverändert.</translation>
    </message>
    <message>
        <source>The rows not imported, and why:</source>
        <translation>Die nicht importierten Zeilen, und warum:</translation>
    </message>
    <message>
        <source>{name} ({format}) held {contents}.</source>
        <translation>{name} ({format}) enthielt {contents}.</translation>
    </message>
</context>
<context>
    <name>LengthControls</name>
    <message>
        <source>&amp;Breaths</source>
        <translation>A&amp;temzüge</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minuten</translation>
    </message>
    <message>
        <source>breaths</source>
        <comment>after a number</comment>
        <translation>Atemzüge</translation>
    </message>
    <message>
        <source>min</source>
        <comment>after a number</comment>
        <translation>min</translation>
    </message>
    <message>
        <source>{purpose} in breaths</source>
        <translation>{purpose} in Atemzügen</translation>
    </message>
    <message>
        <source>{purpose} in minutes</source>
        <translation>{purpose} in Minuten</translation>
    </message>
    <message>
        <source>{purpose} in {units}</source>
        <translation>{purpose} ({units})</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>About this exercise</source>
        <translation>Über diese Übung</translation>
    </message>
    <message>
        <source>About {minutes} min</source>
        <translation>Etwa {minutes} min</translation>
    </message>
    <message>
        <source>About {total} in all.</source>
        <translation>Etwa {total} insgesamt.</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Ends after a whole {unit}: {total} in all.</source>
        <translation>Endet nach einem ganzen {unit}: {total} insgesamt.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Länge der Sitzung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the selected exercise (Enter)</source>
        <translation>Die gewählte Übung starten (Enter)</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Achte auf dich</translation>
    </message>
    <message>
        <source>{name}. {summary} About {minutes} min.</source>
        <translation>{name}. {summary} Etwa {minutes} min.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n finished session(s) could not be saved yet.</source>
        <translation><numerusform>%n abgeschlossene Sitzung konnte noch nicht gespeichert werden.</numerusform><numerusform>%n abgeschlossene Sitzungen konnten noch nicht gespeichert werden.</numerusform></translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>Ü&amp;ber {app}</translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation>&amp;Übungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Help now: crisis lines</source>
        <translation>&amp;Hilfe jetzt: Krisentelefone</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Willkommen…</translation>
    </message>
    <message>
        <source>A session is already open. Finish or stop it to start {name}.</source>
        <translation>Eine Sitzung ist schon offen. Schließ sie ab oder beende sie, um {name} zu starten.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Calm down now ({key})</source>
        <translation>Jetzt beruhigen ({key})</translation>
    </message>
    <message>
        <source>CalmKit is a self-help tool, not a medical device. It does not diagnose or treat any condition. If you are struggling, please talk to a health professional; press F1 for Help now, with crisis lines.</source>
        <translation>CalmKit ist ein Werkzeug zur Selbsthilfe, kein Medizinprodukt. Es stellt keine Diagnosen und behandelt keine Erkrankung. Wenn es dir schlecht geht, sprich bitte mit einer Fachperson; drück F1 für Hilfe jetzt, mit Krisentelefonen.</translation>
    </message>
    <message>
        <source>CalmKit was asked to start {exercise}, which it cannot find.</source>
        <translation>CalmKit sollte {exercise} starten, findet diese Übung aber nicht.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>Every key CalmKit answers to (?)</source>
        <translation>Jede Taste, auf die CalmKit reagiert (?)</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Guided breathing and relaxation exercises that work entirely offline. Your practice log stays on this computer.</source>
        <translation>Angeleitete Atem- und Entspannungsübungen, die ganz ohne Internet funktionieren. Dein Übungstagebuch bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>If you close CalmKit now, it is lost. Solve the problem and choose Try again, or keep CalmKit open for now.</source>
        <translation>Wenn du CalmKit jetzt schließt, geht sie verloren. Löse das Problem und wähl „Erneut versuchen“, oder lass CalmKit vorerst offen.</translation>
    </message>
    <message>
        <source>If you close CalmKit now, they are lost. Solve the problem and choose Try again, or keep CalmKit open for now.</source>
        <translation>Wenn du CalmKit jetzt schließt, gehen sie verloren. Löse das Problem und wähl „Erneut versuchen“, oder lass CalmKit vorerst offen.</translation>
    </message>
    <message>
        <source>Keep CalmKit open</source>
        <translation>CalmKit offen lassen</translation>
    </message>
    <message>
        <source>Need support right now? Press F1 for Help now, from any window.</source>
        <translation>Brauchst du Unterstützung? Drück F1 für Hilfe jetzt, in jedem Fenster.</translation>
    </message>
    <message>
        <source>Sessions not saved yet</source>
        <translation>Sitzungen noch nicht gespeichert</translation>
    </message>
    <message>
        <source>This session cannot start</source>
        <translation>Diese Sitzung kann nicht beginnen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Two minutes of slow breathing, then grounding; no questions first</source>
        <translation>Zwei Minuten langsames Atmen, dann Erdung; vorher keine Fragen</translation>
    </message>
    <message>
        <source>What CalmKit is and is not, in three short pages</source>
        <translation>Was CalmKit ist und was nicht, auf drei kurzen Seiten</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
</context>
<context>
    <name>MuscleGroup</name>
    <message>
        <source>Abdomen</source>
        <translation>Bauch</translation>
    </message>
    <message>
        <source>Both arms</source>
        <translation>Beide Arme</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Beide Beine</translation>
    </message>
    <message>
        <source>Chest, shoulders and upper back</source>
        <translation>Brust, Schultern und oberer Rücken</translation>
    </message>
    <message>
        <source>Chest, shoulders, back and abdomen</source>
        <translation>Brust, Schultern, Rücken und Bauch</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <source>Face and neck</source>
        <translation>Gesicht und Hals</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Stirn</translation>
    </message>
    <message>
        <source>Lower cheeks and jaw</source>
        <translation>Untere Wangen und Kiefer</translation>
    </message>
    <message>
        <source>Neck and throat</source>
        <translation>Nacken und Hals</translation>
    </message>
    <message>
        <source>Upper cheeks and nose</source>
        <translation>Obere Wangen und Nase</translation>
    </message>
    <message>
        <source>{Dominant} arm</source>
        <translation>Arm {Dominant}</translation>
    </message>
    <message>
        <source>{Dominant} calf</source>
        <translation>Wade {Dominant}</translation>
    </message>
    <message>
        <source>{Dominant} foot</source>
        <translation>Fuß {Dominant}</translation>
    </message>
    <message>
        <source>{Dominant} hand and forearm</source>
        <translation>Hand und Unterarm {Dominant}</translation>
    </message>
    <message>
        <source>{Dominant} leg</source>
        <translation>Bein {Dominant}</translation>
    </message>
    <message>
        <source>{Dominant} thigh</source>
        <translation>Oberschenkel {Dominant}</translation>
    </message>
    <message>
        <source>{Dominant} upper arm</source>
        <translation>Oberarm {Dominant}</translation>
    </message>
    <message>
        <source>{Other} arm</source>
        <translation>Arm {Other}</translation>
    </message>
    <message>
        <source>{Other} calf</source>
        <translation>Wade {Other}</translation>
    </message>
    <message>
        <source>{Other} foot</source>
        <translation>Fuß {Other}</translation>
    </message>
    <message>
        <source>{Other} hand and forearm</source>
        <translation>Hand und Unterarm {Other}</translation>
    </message>
    <message>
        <source>{Other} leg</source>
        <translation>Bein {Other}</translation>
    </message>
    <message>
        <source>{Other} thigh</source>
        <translation>Oberschenkel {Other}</translation>
    </message>
    <message>
        <source>{Other} upper arm</source>
        <translation>Oberarm {Other}</translation>
    </message>
</context>
<context>
    <name>MyPatterns</name>
    <message numerus="yes">
        <source>%n of your saved patterns could not be used and were skipped; they are still in the practice log, unchanged. Details are in the log file.</source>
        <translation><numerusform>%n deiner gespeicherten Atemmuster konnte nicht verwendet werden und wurde übersprungen; es ist unverändert im Übungstagebuch. Einzelheiten stehen in der Protokolldatei.</numerusform><numerusform>%n deiner gespeicherten Atemmuster konnten nicht verwendet werden und wurden übersprungen; sie sind unverändert im Übungstagebuch. Einzelheiten stehen in der Protokolldatei.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;New pattern…</source>
        <translation>&amp;Neues Atemmuster…</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Brought back as “{name}”: the name was taken.</source>
        <translation>Als „{name}“ zurückgeholt: Der Name war schon vergeben.</translation>
    </message>
    <message>
        <source>CalmKit could not write to {path}:
{error}</source>
        <translation>CalmKit konnte nicht in {path} schreiben:
{error}</translation>
    </message>
    <message>
        <source>Change this pattern (F2)</source>
        <translation>Dieses Atemmuster ändern (F2)</translation>
    </message>
    <message>
        <source>Copy this exercise into My patterns, where you can change it (Ctrl+D)</source>
        <translation>Diese Übung in „Meine Atemmuster“ kopieren, wo du sie ändern kannst (Strg+D)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this pattern; you can undo it (Delete)</source>
        <translation>Dieses Atemmuster löschen; du kannst es rückgängig machen (Entf)</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>„{name}“ gelöscht.</translation>
    </message>
    <message>
        <source>Dismiss (the pattern stays deleted)</source>
        <translation>Ausblenden (das Atemmuster bleibt gelöscht)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>„{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Made a copy: “{name}”. Press F2 to change it.</source>
        <translation>Kopie angelegt: „{name}“. Mit F2 kannst du sie ändern.</translation>
    </message>
    <message>
        <source>Make a breathing pattern of your own (Ctrl+N)</source>
        <translation>Ein eigenes Atemmuster anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>Make a copy of this pattern to vary (Ctrl+D)</source>
        <translation>Eine Kopie dieses Atemmusters zum Abwandeln anlegen (Strg+D)</translation>
    </message>
    <message>
        <source>Make my own copy</source>
        <translation>Eigene Kopie anlegen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move down in My patterns (Alt+Down)</source>
        <translation>In „Meine Atemmuster“ nach unten schieben (Alt+Herunter)</translation>
    </message>
    <message>
        <source>Move up in My patterns (Alt+Up)</source>
        <translation>In „Meine Atemmuster“ nach oben schieben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>My patterns</source>
        <translation>Meine Atemmuster</translation>
    </message>
    <message>
        <source>New breathing pattern</source>
        <translation>Neues Atemmuster</translation>
    </message>
    <message>
        <source>New pattern…</source>
        <translation>Neues Atemmuster…</translation>
    </message>
    <message>
        <source>Patterns you make appear here. New pattern: Ctrl+N.</source>
        <translation>Atemmuster, die du anlegst, erscheinen hier. Neues Atemmuster: Strg+N.</translation>
    </message>
    <message>
        <source>That pattern is no longer there; the list has been refreshed.</source>
        <translation>Dieses Atemmuster gibt es nicht mehr; die Liste ist aktualisiert.</translation>
    </message>
    <message>
        <source>Your own patterns could not be read just now: {error}</source>
        <translation>Deine eigenen Atemmuster konnten gerade nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Your patterns were not changed</source>
        <translation>Deine Atemmuster wurden nicht geändert</translation>
    </message>
    <message>
        <source>my pattern</source>
        <translation>mein Atemmuster</translation>
    </message>
</context>
<context>
    <name>MyScripts</name>
    <message numerus="yes">
        <source>%n of your script files could not be used and were skipped; My scripts lists them with the reasons.</source>
        <translation><numerusform>%n deiner Skriptdateien konnte nicht verwendet werden und wurde übersprungen; „Meine Skripte“ nennt sie mit dem Grund.</numerusform><numerusform>%n deiner Skriptdateien konnten nicht verwendet werden und wurden übersprungen; „Meine Skripte“ nennt sie mit den Gründen.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Open my scripts folder…</source>
        <translation>Ordner für meine Skripte ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>CalmKit could not make {folder}:
{reason}</source>
        <translation>CalmKit konnte {folder} nicht anlegen:
{reason}</translation>
    </message>
    <message>
        <source>My scripts</source>
        <translation>Meine Skripte</translation>
    </message>
    <message>
        <source>Open the folder where your own script files go; they appear under My scripts</source>
        <translation>Den Ordner für deine eigenen Skriptdateien öffnen; sie erscheinen unter „Meine Skripte“</translation>
    </message>
    <message>
        <source>Put script files in {folder}; see the README.</source>
        <translation>Leg Skriptdateien in {folder} ab; mehr dazu in der README.</translation>
    </message>
    <message>
        <source>Put your script files in {folder}. The README says how to write one.</source>
        <translation>Leg deine Skriptdateien in {folder} ab. Die README erklärt, wie du ein Skript schreibst.</translation>
    </message>
    <message>
        <source>Skipped {problem}</source>
        <translation>Übersprungen: {problem}</translation>
    </message>
    <message>
        <source>Your scripts folder</source>
        <translation>Dein Ordner für Skripte</translation>
    </message>
    <message>
        <source>Your scripts folder could not be made</source>
        <translation>Dein Ordner für Skripte konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>my script</source>
        <translation>mein Skript</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>a sentence of {words} words is too long to narrate (at most {maximum}); split it into shorter ones</source>
        <translation>ein Satz mit {words} Wörtern ist zu lang zum Vorlesen (höchstens {maximum}); teile ihn in kürzere Sätze</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>der Text ist leer</translation>
    </message>
</context>
<context>
    <name>PacerWidget</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Atem-Taktgeber</translation>
    </message>
    <message>
        <source>a bar that fills as you breathe in</source>
        <translation>ein Balken, der sich beim Einatmen füllt</translation>
    </message>
    <message>
        <source>a circle that grows as you breathe in</source>
        <translation>ein Kreis, der beim Einatmen wächst</translation>
    </message>
</context>
<context>
    <name>PatternEditor</name>
    <message>
        <source>&amp;Hold, lungs full</source>
        <translation>&amp;Halten, Lunge voll</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Top-up breath in</source>
        <translation>Na&amp;chatmen</translation>
    </message>
    <message>
        <source>A session ends after a whole breath: {total}.</source>
        <translation>Eine Sitzung endet nach einem ganzen Atemzug: {total}.</translation>
    </message>
    <message>
        <source>Breathe &amp;in</source>
        <translation>&amp;Einatmen</translation>
    </message>
    <message>
        <source>Breathe &amp;out</source>
        <translation>&amp;Ausatmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Default length</source>
        <translation>Standardlänge</translation>
    </message>
    <message>
        <source>Default length:</source>
        <translation>Standardlänge:</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Fix the marked fields first</source>
        <translation>Korrigiere zuerst die markierten Felder</translation>
    </message>
    <message>
        <source>Fix the marked phases to see the whole breath.</source>
        <translation>Korrigiere die markierten Phasen, um den ganzen Atemzug zu sehen.</translation>
    </message>
    <message>
        <source>For example: Slow evening breaths</source>
        <translation>Zum Beispiel: Langsam atmen am Abend</translation>
    </message>
    <message>
        <source>Half-second steps from 0 to 30 s. Off leaves a phase out.</source>
        <translation>In halben Sekunden von 0 bis 30 s. „Aus“ lässt eine Phase weg.</translation>
    </message>
    <message>
        <source>Hold, lungs &amp;empty</source>
        <translation>Halten, Lunge &amp;leer</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>One breath</source>
        <translation>Ein Atemzug</translation>
    </message>
    <message>
        <source>Pattern name</source>
        <translation>Name des Atemmusters</translation>
    </message>
    <message>
        <source>Preview of one breath</source>
        <translation>Vorschau eines Atemzugs</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save this pattern</source>
        <translation>Dieses Atemmuster speichern</translation>
    </message>
    <message>
        <source>Seconds for a short extra breath in; Off leaves it out</source>
        <translation>Sekunden für ein kurzes zusätzliches Einatmen; „Aus“ lässt es weg</translation>
    </message>
    <message>
        <source>Seconds to breathe in</source>
        <translation>Sekunden zum Einatmen</translation>
    </message>
    <message>
        <source>Seconds to breathe out</source>
        <translation>Sekunden zum Ausatmen</translation>
    </message>
    <message>
        <source>Seconds to hold after breathing in; Off leaves it out</source>
        <translation>Sekunden zum Halten nach dem Einatmen; „Aus“ lässt es weg</translation>
    </message>
    <message>
        <source>Seconds to hold after breathing out; Off leaves it out</source>
        <translation>Sekunden zum Halten nach dem Ausatmen; „Aus“ lässt es weg</translation>
    </message>
    <message>
        <source>The pattern could not be saved: {error}</source>
        <translation>Das Atemmuster konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>This pattern is no longer saved (was it deleted in another CalmKit window?). Cancel, then make it again with New pattern.</source>
        <translation>Dieses Atemmuster ist nicht mehr gespeichert (wurde es in einem anderen CalmKit-Fenster gelöscht?). Brich ab und leg es mit „Neues Atemmuster“ wieder an.</translation>
    </message>
    <message>
        <source>Your changes to this pattern have not been saved.</source>
        <translation>Deine Änderungen an diesem Atemmuster sind nicht gespeichert.</translation>
    </message>
    <message>
        <source>{pattern} — {seconds} s a breath, about {rate} breaths a minute</source>
        <translation>{pattern} – {seconds} s pro Atemzug, etwa {rate} Atemzüge pro Minute</translation>
    </message>
</context>
<context>
    <name>PmrKind</name>
    <message>
        <source>Again: {group}</source>
        <translation>Noch einmal: {group}</translation>
    </message>
    <message>
        <source>Ask a doctor first if you have muscle pain or spasms, arthritis, heart or blood-pressure problems, or a history of trauma, flashbacks or psychosis.</source>
        <translation>Sprich vorher mit einer Ärztin oder einem Arzt, wenn du Muskelschmerzen oder -krämpfe, Arthritis, Herz- oder Blutdruckprobleme hast oder schon einmal Traumata, Flashbacks oder Psychosen erlebt hast.</translation>
    </message>
    <message>
        <source>Before you start muscle relaxation</source>
        <translation>Bevor du mit der Muskelentspannung beginnst</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation>Zurückkommen</translation>
    </message>
    <message>
        <source>Do not tense an injured or painful area: leave it out (Leave out, in the options) and just let it rest.</source>
        <translation>Spanne keinen verletzten oder schmerzenden Bereich an: Lass ihn aus (Auslassen, in den Optionen) und lass ihn einfach ruhen.</translation>
    </message>
    <message>
        <source>If it makes you feel worse, you can stop at any time: open your eyes and breathe your own way.</source>
        <translation>Wenn es dir damit schlechter geht, kannst du jederzeit aufhören: Öffne die Augen und atme in deinem eigenen Rhythmus.</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Loslassen</translation>
    </message>
    <message>
        <source>Letting go lasts {low} to {high} seconds, not {value}</source>
        <translation>Loslassen dauert {low} bis {high} Sekunden, nicht {value}</translation>
    </message>
    <message numerus="yes">
        <source>Method: %n muscle group(s), tense {tense} s and release {release} s each, about {minutes} min</source>
        <translation><numerusform>Methode: %n Muskelgruppe, je {tense} s anspannen und {release} s loslassen, etwa {minutes} min</numerusform><numerusform>Methode: %n Muskelgruppen, je {tense} s anspannen und {release} s loslassen, etwa {minutes} min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Method: cue-controlled relaxation, %n slow breath(s), about {minutes} min</source>
        <translation><numerusform>Methode: Entspannung mit Signalwort, %n langsamer Atemzug, etwa {minutes} min</numerusform><numerusform>Methode: Entspannung mit Signalwort, %n langsame Atemzüge, etwa {minutes} min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Method: recall %n area(s) without tensing then a count down, about {minutes} min</source>
        <translation><numerusform>Methode: Loslassen aus der Erinnerung in %n Bereich, ohne Anspannen, dann rückwärts zählen, etwa {minutes} min</numerusform><numerusform>Methode: Loslassen aus der Erinnerung in %n Bereichen, ohne Anspannen, dann rückwärts zählen, etwa {minutes} min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Method: recall %n area(s) without tensing, about {minutes} min</source>
        <translation><numerusform>Methode: Loslassen aus der Erinnerung in %n Bereich, ohne Anspannen, etwa {minutes} min</numerusform><numerusform>Methode: Loslassen aus der Erinnerung in %n Bereichen, ohne Anspannen, etwa {minutes} min</numerusform></translation>
    </message>
    <message>
        <source>Next: {group}</source>
        <translation>Als Nächstes: {group}</translation>
    </message>
    <message>
        <source>Resting: {group}</source>
        <translation>Ruhen: {group}</translation>
    </message>
    <message>
        <source>Settle in</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>Anspannen</translation>
    </message>
    <message>
        <source>Tense only enough to feel it, never to the point of pain.</source>
        <translation>Spanne nur so weit an, dass du es spürst, nie bis zum Schmerz.</translation>
    </message>
    <message>
        <source>Tensing lasts {low} to {high} seconds, not {value}</source>
        <translation>Anspannen dauert {low} bis {high} Sekunden, nicht {value}</translation>
    </message>
    <message>
        <source>a release length</source>
        <translation>eine Dauer fürs Loslassen</translation>
    </message>
    <message>
        <source>a tensing length</source>
        <translation>eine Dauer fürs Anspannen</translation>
    </message>
    <message>
        <source>doing each group twice</source>
        <translation>das zweimalige Durchgehen jeder Muskelgruppe</translation>
    </message>
    <message>
        <source>leaving areas out</source>
        <translation>das Auslassen von Bereichen</translation>
    </message>
    <message>
        <source>muscle relaxation has no option {option}</source>
        <translation>die Muskelentspannung hat keine Option {option}</translation>
    </message>
    <message>
        <source>there is no area {area} to leave out; areas: {areas}</source>
        <translation>es gibt keinen Bereich {area} zum Auslassen; Bereiche: {areas}</translation>
    </message>
    <message>
        <source>{name} takes as long as its steps; change the seconds of tensing and letting go instead</source>
        <translation>{name} dauert so lange wie seine Schritte; ändere stattdessen die Sekunden fürs Anspannen und Loslassen</translation>
    </message>
    <message>
        <source>{name} tenses no muscles, so {option} does not apply</source>
        <translation>{name} spannt keine Muskeln an, daher passt {option} hier nicht</translation>
    </message>
    <message>
        <source>{name} uses the breath, not the muscles, so {option} does not apply</source>
        <translation>{name} arbeitet mit dem Atem, nicht mit den Muskeln, daher passt {option} hier nicht</translation>
    </message>
</context>
<context>
    <name>PmrOptions</name>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Bauch</translation>
    </message>
    <message>
        <source>Areas to leave out</source>
        <translation>Bereiche zum Auslassen</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>Click to change what is left out</source>
        <translation>Klicken, um zu ändern, was ausgelassen wird</translation>
    </message>
    <message>
        <source>Each group twice (once through would take about {minutes} min).</source>
        <translation>Jede Muskelgruppe zweimal (einmal durch dauert etwa {minutes} min).</translation>
    </message>
    <message>
        <source>Each group twice (recommended in the first weeks)</source>
        <translation>Jede Muskelgruppe zweimal (in den ersten Wochen empfohlen)</translation>
    </message>
    <message>
        <source>Each group: let go {release} s.</source>
        <translation>Jede Muskelgruppe: {release} s loslassen.</translation>
    </message>
    <message>
        <source>Each group: tense {tense} s and let go {release} s.</source>
        <translation>Jede Muskelgruppe: {tense} s anspannen und {release} s loslassen.</translation>
    </message>
    <message>
        <source>Each group: tense {tense} s.</source>
        <translation>Jede Muskelgruppe: {tense} s anspannen.</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Stirn</translation>
    </message>
    <message>
        <source>Jaw</source>
        <translation>Kiefer</translation>
    </message>
    <message>
        <source>Leave out an injured or painful area; it just rests</source>
        <translation>Einen verletzten oder schmerzenden Bereich auslassen; er ruht einfach</translation>
    </message>
    <message>
        <source>Leave out…</source>
        <translation>Auslassen…</translation>
    </message>
    <message>
        <source>Leaves out: {areas} (a short rest instead).</source>
        <translation>Lässt aus: {areas} (stattdessen eine kurze Pause).</translation>
    </message>
    <message numerus="yes">
        <source>Leaving out %n area(s)</source>
        <translation><numerusform>%n Bereich ausgelassen</numerusform><numerusform>%n Bereiche ausgelassen</numerusform></translation>
    </message>
    <message>
        <source>Leaving out: {areas}</source>
        <translation>Ausgelassen: {areas}</translation>
    </message>
    <message>
        <source>Leaving out: {area} and {other_area}</source>
        <translation>Ausgelassen: {area} und {other_area}</translation>
    </message>
    <message>
        <source>Left calf</source>
        <translation>Linke Wade</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Left hand and forearm</source>
        <translation>Linke Hand und Unterarm</translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation>Linker Oberschenkel</translation>
    </message>
    <message>
        <source>Left upper arm</source>
        <translation>Linker Oberarm</translation>
    </message>
    <message>
        <source>Left-handed (start with the left side)</source>
        <translation>Linkshändig (mit der linken Seite beginnen)</translation>
    </message>
    <message>
        <source>Let go for:</source>
        <translation>Loslassen für:</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>Right calf</source>
        <translation>Rechte Wade</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Right hand and forearm</source>
        <translation>Rechte Hand und Unterarm</translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation>Rechter Oberschenkel</translation>
    </message>
    <message>
        <source>Right upper arm</source>
        <translation>Rechter Oberarm</translation>
    </message>
    <message>
        <source>Seconds of letting go each group</source>
        <translation>Sekunden Loslassen je Muskelgruppe</translation>
    </message>
    <message>
        <source>Seconds of tensing each group</source>
        <translation>Sekunden Anspannen je Muskelgruppe</translation>
    </message>
    <message>
        <source>Shoulders and upper back</source>
        <translation>Schultern und oberer Rücken</translation>
    </message>
    <message>
        <source>Starts with the left side.</source>
        <translation>Beginnt mit der linken Seite.</translation>
    </message>
    <message>
        <source>Tense and let go every group two times in a row</source>
        <translation>Jede Muskelgruppe zweimal hintereinander anspannen und loslassen</translation>
    </message>
    <message>
        <source>Tense for:</source>
        <translation>Anspannen für:</translation>
    </message>
    <message>
        <source>Upper cheeks and nose</source>
        <translation>Obere Wangen und Nase</translation>
    </message>
    <message>
        <source>Whole face</source>
        <translation>Ganzes Gesicht</translation>
    </message>
    <message>
        <source>Whole left arm</source>
        <translation>Ganzer linker Arm</translation>
    </message>
    <message>
        <source>Whole left leg</source>
        <translation>Ganzes linkes Bein</translation>
    </message>
    <message>
        <source>Whole right arm</source>
        <translation>Ganzer rechter Arm</translation>
    </message>
    <message>
        <source>Whole right leg</source>
        <translation>Ganzes rechtes Bein</translation>
    </message>
    <message>
        <source>Your dominant side is worked first: the left for you</source>
        <translation>Deine stärkere Seite kommt zuerst: bei dir die linke</translation>
    </message>
    <message>
        <source>{low} to {high} seconds</source>
        <translation>{low} bis {high} Sekunden</translation>
    </message>
</context>
<context>
    <name>PmrProtocol</name>
    <message>
        <source>a cue-controlled protocol has no muscle groups</source>
        <translation>ein Ablauf mit Signalwort hat keine Muskelgruppen</translation>
    </message>
    <message>
        <source>has {found}, which is not {dominant} or {other}</source>
        <translation>enthält {found}, das ist weder {dominant} noch {other}</translation>
    </message>
    <message>
        <source>is missing (a number of seconds)</source>
        <translation>fehlt (eine Anzahl Sekunden)</translation>
    </message>
    <message>
        <source>is not used by this protocol's method</source>
        <translation>wird von der Methode dieses Ablaufs nicht verwendet</translation>
    </message>
    <message>
        <source>must be between {low} and {high} seconds, not {value}</source>
        <translation>muss zwischen {low} und {high} Sekunden liegen, nicht {value}</translation>
    </message>
    <message>
        <source>must name the group with {field}</source>
        <translation>muss die Muskelgruppe mit {field} nennen</translation>
    </message>
    <message>
        <source>needs 2 to 20 numbers to count down</source>
        <translation>braucht 2 bis 20 Zahlen zum Rückwärtszählen</translation>
    </message>
    <message>
        <source>needs a whole number of breaths from 1 to 100</source>
        <translation>braucht eine ganze Zahl von Atemzügen zwischen 1 und 100</translation>
    </message>
    <message>
        <source>needs at least one line to come back gently</source>
        <translation>braucht mindestens eine Zeile, um sanft zurückzukommen</translation>
    </message>
    <message>
        <source>needs at least one line to settle in</source>
        <translation>braucht mindestens eine Zeile zum Ankommen</translation>
    </message>
    <message>
        <source>needs at least one muscle group ([[groups]])</source>
        <translation>braucht mindestens eine Muskelgruppe ([[groups]])</translation>
    </message>
    <message>
        <source>with {group}: {problem}</source>
        <translation>mit {group}: {problem}</translation>
    </message>
    <message>
        <source>{group} comes twice</source>
        <translation>{group} kommt zweimal vor</translation>
    </message>
    <message>
        <source>{group} is not a muscle group CalmKit knows</source>
        <translation>{group} ist keine Muskelgruppe, die CalmKit kennt</translation>
    </message>
</context>
<context>
    <name>PmrView</name>
    <message numerus="yes">
        <source>%n area(s), one at a time</source>
        <translation><numerusform>%n Bereich, einer nach dem anderen</numerusform><numerusform>%n Bereiche, einer nach dem anderen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s), one at a time</source>
        <translation><numerusform>%n Muskelgruppe, eine nach der anderen</numerusform><numerusform>%n Muskelgruppen, eine nach der anderen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>All %n area(s) done</source>
        <translation><numerusform>%n Bereich geschafft</numerusform><numerusform>Alle %n Bereiche geschafft</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>All %n group(s) done</source>
        <translation><numerusform>%n Muskelgruppe geschafft</numerusform><numerusform>Alle %n Muskelgruppen geschafft</numerusform></translation>
    </message>
    <message>
        <source>Area {number} of {total}</source>
        <translation>Bereich {number} von {total}</translation>
    </message>
    <message>
        <source>Breath {number} of {total}</source>
        <translation>Atemzug {number} von {total}</translation>
    </message>
    <message>
        <source>Breathing in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathing out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Counting down</source>
        <translation>Rückwärts zählen</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
    <message>
        <source>Group {number} of {total}</source>
        <translation>Muskelgruppe {number} von {total}</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Letting go</source>
        <translation>Loslassen</translation>
    </message>
    <message>
        <source>Muscle group</source>
        <translation>Muskelgruppe</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Progress through the groups</source>
        <translation>Fortschritt durch die Muskelgruppen</translation>
    </message>
    <message>
        <source>Recalling</source>
        <translation>Erinnern</translation>
    </message>
    <message>
        <source>Resting</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <source>Settling in</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <source>Tensing</source>
        <translation>Anspannen</translation>
    </message>
    <message>
        <source>The area is done</source>
        <translation>Der Bereich ist geschafft</translation>
    </message>
    <message>
        <source>The group is done</source>
        <translation>Die Muskelgruppe ist geschafft</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Brown noise</source>
        <translation>Braunes Rauschen</translation>
    </message>
    <message>
        <source>Soft rain</source>
        <translation>Sanfter Regen</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Wellen</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n Sitzung</numerusform><numerusform>%n Sitzungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) · suggested next: {name}</source>
        <translation><numerusform>%n Stufe · als Nächstes vorgeschlagen: {name}</numerusform><numerusform>%n Stufen · als Nächstes vorgeschlagen: {name}</numerusform></translation>
    </message>
    <message>
        <source>Any stage is fine at any time.</source>
        <translation>Jede Stufe ist jederzeit in Ordnung.</translation>
    </message>
    <message>
        <source>Start with the first stage, {name}. {any_stage}</source>
        <translation>Beginne mit der ersten Stufe, „{name}“. {any_stage}</translation>
    </message>
    <message>
        <source>Stay with {name} for now ({so_far} so far): the next stage is suggested after about {sessions_before_next} sessions or {weeks_before_next} weeks. {any_stage}</source>
        <translation>Bleib vorerst bei „{name}“ (bisher {so_far}): Die nächste Stufe wird nach etwa {sessions_before_next} Sitzungen oder {weeks_before_next} Wochen vorgeschlagen. {any_stage}</translation>
    </message>
    <message>
        <source>You have practised {name} {sessions} times: you may be ready for {next}. {any_stage}</source>
        <translation>Du hast „{name}“ {sessions}-mal geübt: Vielleicht bist du bereit für „{next}“. {any_stage}</translation>
    </message>
    <message>
        <source>You started {name} {days} days ago: you may be ready for {next}. {any_stage}</source>
        <translation>Du hast vor {days} Tagen mit „{name}“ begonnen: Vielleicht bist du bereit für „{next}“. {any_stage}</translation>
    </message>
    <message>
        <source>not practised yet</source>
        <translation>noch nicht geübt</translation>
    </message>
    <message>
        <source>{name} is the last stage: keep practising it, and go back to any stage whenever you like.</source>
        <translation>„{name}“ ist die letzte Stufe: Übe sie weiter, und kehre zu jeder Stufe zurück, wann immer du magst.</translation>
    </message>
</context>
<context>
    <name>Programmes</name>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation><numerusform>%n Stufe</numerusform><numerusform>%n Stufen</numerusform></translation>
    </message>
    <message>
        <source>About {minutes} min</source>
        <translation>Etwa {minutes} min</translation>
    </message>
    <message>
        <source>Your sessions could not be read just now, so none are counted here ({error}). Any stage is fine at any time.</source>
        <translation>Deine Sitzungen konnten gerade nicht gelesen werden, darum zählt hier keine ({error}). Jede Stufe ist jederzeit in Ordnung.</translation>
    </message>
    <message>
        <source>{name}. {summary}. About {minutes} min.</source>
        <translation>{name}. {summary}. Etwa {minutes} min.</translation>
    </message>
</context>
<context>
    <name>ProgressHeader</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n Tag</numerusform><numerusform>%n Tage</numerusform></translation>
    </message>
    <message>
        <source>Minutes a day or days a week, in Settings (Ctrl+,)</source>
        <translation>Minuten am Tag oder Tage pro Woche, in den Einstellungen (Strg+,)</translation>
    </message>
    <message>
        <source>No goal set.</source>
        <translation>Kein Ziel gesetzt.</translation>
    </message>
    <message>
        <source>Set a goal…</source>
        <translation>Ziel setzen…</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message numerus="yes">
        <source>in %n session(s)</source>
        <translation><numerusform>in %n Sitzung</numerusform><numerusform>in %n Sitzungen</numerusform></translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>längste Serie</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message numerus="yes">
        <source>practice day(s)</source>
        <translation><numerusform>Übungstag</numerusform><numerusform>Übungstage</numerusform></translation>
    </message>
    <message>
        <source>practice days</source>
        <translation>Übungstagen</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Frage {number} von {count}</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>noch nicht beantwortet</translation>
    </message>
    <message>
        <source>{question}. Your answer: {answer}. Type 0 to 3 to answer.</source>
        <translation>{question}. Deine Antwort: {answer}. Tippe 0 bis 3, um zu antworten.</translation>
    </message>
</context>
<context>
    <name>RatingPrompt</name>
    <message>
        <source>0 = completely calm · 10 = the most anxious you have felt</source>
        <translation>0 = ganz ruhig · 10 = die stärkste Angst, die du kennst</translation>
    </message>
    <message>
        <source>0, completely calm</source>
        <translation>0, ganz ruhig</translation>
    </message>
    <message>
        <source>1 — or press 0 now for 10.</source>
        <translation>1 – oder drück jetzt 0 für 10.</translation>
    </message>
    <message>
        <source>10, the most anxious you have felt</source>
        <translation>10, die stärkste Angst, die du kennst</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>A+</source>
        <comment>larger text</comment>
        <translation>A+</translation>
    </message>
    <message>
        <source>A−</source>
        <comment>smaller text</comment>
        <translation>A−</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+Plus)</source>
        <translation>Größere Schrift (Strg+Plus)</translation>
    </message>
    <message>
        <source>Part {number} of {total}</source>
        <translation>Teil {number} von {total}</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+Minus)</source>
        <translation>Kleinere Schrift (Strg+Minus)</translation>
    </message>
    <message>
        <source>Where you are in the script</source>
        <translation>Wo du im Text bist</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>CalmKit cannot open your practice log</source>
        <translation>CalmKit kann dein Übungstagebuch nicht öffnen</translation>
    </message>
    <message>
        <source>CalmKit cannot save in this folder</source>
        <translation>CalmKit kann in diesem Ordner nicht speichern</translation>
    </message>
    <message>
        <source>CalmKit could not read your practice log safely, so it has not changed it.</source>
        <translation>CalmKit konnte dein Übungstagebuch nicht sicher lesen und hat es deshalb nicht verändert.</translation>
    </message>
    <message>
        <source>CalmKit is already open</source>
        <translation>CalmKit ist schon geöffnet</translation>
    </message>
    <message>
        <source>CalmKit is not allowed to read your practice log</source>
        <translation>CalmKit darf dein Übungstagebuch nicht lesen</translation>
    </message>
    <message>
        <source>CalmKit is open in another window. Close it, then choose Try again.</source>
        <translation>CalmKit ist in einem anderen Fenster geöffnet. Schließ es und wähl dann „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>CalmKit needs a little free space to open your practice log. Nothing was changed.

Free some space, then choose Try again.</source>
        <translation>CalmKit braucht etwas freien Speicherplatz, um dein Übungstagebuch zu öffnen. Nichts wurde verändert.

Mach etwas Platz frei und wähl dann „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Either way, the old file is kept, unchanged, in the same folder under a new name, in case you want it later.</source>
        <translation>So oder so bleibt die alte Datei unverändert im selben Ordner erhalten, unter einem neuen Namen, falls du sie später brauchst.</translation>
    </message>
    <message>
        <source>It was saved by a newer version of CalmKit, which this version cannot read. Nothing was changed.

Please update CalmKit to open it.</source>
        <translation>Es wurde von einer neueren Version von CalmKit gespeichert, die diese Version nicht lesen kann. Nichts wurde verändert.

Bitte aktualisiere CalmKit, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Open for reading only</source>
        <translation>Nur zum Lesen öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Restore from the newest good backup</source>
        <translation>Aus der neuesten guten Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Start fresh</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>The file where CalmKit keeps your practice log belongs to another program, so CalmKit has not changed it.</source>
        <translation>Die Datei, in der CalmKit dein Übungstagebuch aufbewahrt, gehört zu einem anderen Programm, deshalb hat CalmKit sie nicht verändert.</translation>
    </message>
    <message>
        <source>The file's permissions do not let CalmKit open it. It has not been changed.</source>
        <translation>Die Berechtigungen der Datei lassen CalmKit sie nicht öffnen. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The folder that holds your practice log cannot be written to, so nothing new can be saved there. Nothing was changed.

You can still look at your history. A session you finish is kept until CalmKit can save it.</source>
        <translation>In den Ordner mit deinem Übungstagebuch kann nicht geschrieben werden, daher lässt sich dort nichts Neues speichern. Nichts wurde verändert.

Du kannst dir deinen Verlauf trotzdem ansehen. Eine Sitzung, die du abschließt, wird aufbewahrt, bis CalmKit sie speichern kann.</translation>
    </message>
    <message>
        <source>There is no backup to bring your history back from. You can start fresh with an empty history.</source>
        <translation>Es gibt keine Sicherung, aus der du deinen Verlauf zurückholen kannst. Du kannst neu beginnen, mit einem leeren Verlauf.</translation>
    </message>
    <message>
        <source>This is not a CalmKit practice log</source>
        <translation>Das ist kein Übungstagebuch von CalmKit</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>You can bring your history back from the newest good backup, from {when} with %n session(s). Or you can start fresh with an empty history.</source>
        <translation><numerusform>Du kannst deinen Verlauf aus der neuesten guten Sicherung zurückholen, vom {when}, mit %n Sitzung. Oder du beginnst neu mit einem leeren Verlauf.</numerusform><numerusform>Du kannst deinen Verlauf aus der neuesten guten Sicherung zurückholen, vom {when}, mit %n Sitzungen. Oder du beginnst neu mit einem leeren Verlauf.</numerusform></translation>
    </message>
    <message>
        <source>Your disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>Your practice log is damaged</source>
        <translation>Dein Übungstagebuch ist beschädigt</translation>
    </message>
    <message>
        <source>Your practice log is from a newer CalmKit</source>
        <translation>Dein Übungstagebuch stammt von einem neueren CalmKit</translation>
    </message>
    <message>
        <source>d MMMM yyyy 'at' HH:mm</source>
        <comment>date format</comment>
        <translation>d. MMMM yyyy 'um' HH:mm 'Uhr'</translation>
    </message>
    <message>
        <source>{problem}

When that is solved, choose Try again.</source>
        <translation>{problem}

Wenn das gelöst ist, wähl „Erneut versuchen“.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Details: {detail}</source>
        <translation>Einzelheiten: {detail}</translation>
    </message>
    <message>
        <source>Practice log: {path}</source>
        <translation>Übungstagebuch: {path}</translation>
    </message>
</context>
<context>
    <name>RejectedRow</name>
    <message>
        <source>pattern {row}: {reason}</source>
        <translation>Atemmuster {row}: {reason}</translation>
    </message>
    <message>
        <source>row {row} (line {line}): {reason}</source>
        <translation>Zeile {row} (Textzeile {line}): {reason}</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>Zeile {row}: {reason}</translation>
    </message>
    <message>
        <source>self-check {row}: {reason}</source>
        <translation>Selbstcheck {row}: {reason}</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>A moment for yourself</source>
        <translation>Ein Moment für dich</translation>
    </message>
    <message>
        <source>When you are ready: {name}, about {minutes}.</source>
        <translation>Wenn du so weit bist: {name}, etwa {minutes}.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>The saved reminder setting {name} is {value}, which is not {wanted}; using the default, {default}.</source>
        <translation>Die gespeicherte Einstellung für Erinnerungen {name} ist {value}, also nicht {wanted}; es gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <source>The saved reminder settings are unreadable ({value}); reminders stay off.</source>
        <translation>Die gespeicherten Einstellungen für Erinnerungen sind nicht lesbar ({value}); Erinnerungen bleiben aus.</translation>
    </message>
    <message>
        <source>a list of 1 to {maximum} times such as "19:00"</source>
        <translation>eine Liste von 1 bis {maximum} Uhrzeiten wie "19:00"</translation>
    </message>
    <message>
        <source>a list of weekdays from 0 (Monday) to 6 (Sunday)</source>
        <translation>eine Liste von Wochentagen von 0 (Montag) bis 6 (Sonntag)</translation>
    </message>
    <message>
        <source>an exercise id</source>
        <translation>die Kennung einer Übung</translation>
    </message>
    <message>
        <source>choose 1 to {maximum} times of day</source>
        <translation>wähle 1 bis {maximum} Uhrzeiten</translation>
    </message>
    <message>
        <source>reminder times are whole minutes of local time</source>
        <translation>Erinnerungszeiten sind ganze Minuten der Ortszeit</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>weekdays are 0 (Monday) to 6 (Sunday)</source>
        <translation>Wochentage sind 0 (Montag) bis 6 (Sonntag)</translation>
    </message>
    <message>
        <source>{exercise} is not an exercise id</source>
        <translation>{exercise} ist keine Kennung einer Übung</translation>
    </message>
</context>
<context>
    <name>ScriptKind</name>
    <message>
        <source>Coming back</source>
        <translation>Zurückkommen</translation>
    </message>
    <message>
        <source>Script: read aloud with pauses, about {minutes} min</source>
        <translation>Text: vorgelesen mit Pausen, etwa {minutes} min</translation>
    </message>
    <message>
        <source>Script: read aloud with pauses, short about {short} min, long about {long} min</source>
        <translation>Text: vorgelesen mit Pausen, kurz etwa {short} min, lang etwa {long} min</translation>
    </message>
    <message>
        <source>Settling in</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <source>has more than {limit} segments</source>
        <translation>hat mehr als {limit} Abschnitte</translation>
    </message>
    <message>
        <source>must be 0 to {limit} seconds, not {value}</source>
        <translation>muss 0 bis {limit} Sekunden sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be short or long (or left out for both)</source>
        <translation>muss short oder long sein (oder fehlen, dann gilt es für beide)</translation>
    </message>
    <message>
        <source>needs at least one segment ([[segments]])</source>
        <translation>braucht mindestens einen Abschnitt ([[segments]])</translation>
    </message>
    <message>
        <source>the {version} version has no segments</source>
        <translation>die Fassung {version} hat keine Abschnitte</translation>
    </message>
    <message>
        <source>{kind} exercises have no option {option}</source>
        <translation>{kind}-Übungen haben keine Option {option}</translation>
    </message>
    <message>
        <source>{name} comes in one length only</source>
        <translation>{name} gibt es nur in einer Länge</translation>
    </message>
    <message>
        <source>{name} comes in {first} and {second}, not {asked}</source>
        <translation>{name} gibt es als {first} und {second}, nicht als {asked}</translation>
    </message>
    <message>
        <source>{name} takes as long as its script; choose --length</source>
        <translation>{name} dauert so lange wie sein Text; wähle --length</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>A total of 10 or more is where doctors usually suggest a closer look. Please think about talking to your doctor or a therapist about how you have been feeling. Anxiety like this is common, and it often eases with the right support.</source>
        <translation>Ab einer Punktzahl von 10 raten Ärztinnen und Ärzte meist, genauer hinzusehen. Bitte überleg dir, mit deiner Ärztin oder deinem Arzt oder in einer Therapie darüber zu sprechen, wie es dir in letzter Zeit geht. Solche Angst ist häufig, und mit der richtigen Unterstützung lässt sie oft nach.</translation>
    </message>
    <message>
        <source>Adapted from the GAD-7: Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166:1092-1097. The GAD-7 is free to reproduce; these are CalmKit's own words for its seven questions.</source>
        <translation>Nach dem GAD-7: Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166:1092-1097. Der GAD-7 darf frei verwendet werden; dies sind die eigenen Worte von CalmKit für seine sieben Fragen.</translation>
    </message>
    <message>
        <source>Feeling afraid that something awful might happen</source>
        <translation>Angst haben, dass etwas Schlimmes passieren könnte</translation>
    </message>
    <message>
        <source>Feeling nervous, anxious or tense</source>
        <translation>Sich nervös, ängstlich oder angespannt fühlen</translation>
    </message>
    <message>
        <source>Feeling so restless that it was hard to sit still</source>
        <translation>So unruhig sein, dass Stillsitzen schwerfiel</translation>
    </message>
    <message>
        <source>Finding it hard to relax</source>
        <translation>Schwierigkeiten haben, sich zu entspannen</translation>
    </message>
    <message>
        <source>Getting annoyed or irritated easily</source>
        <translation>Schnell verärgert oder gereizt sein</translation>
    </message>
    <message>
        <source>If you need support right now, Help now (F1) lists people you can call or text.</source>
        <translation>Wenn du gerade jetzt Unterstützung brauchst, nennt dir Hilfe jetzt (F1) Menschen, die du anrufen oder denen du schreiben kannst.</translation>
    </message>
    <message>
        <source>If you need support right now, press F1 in CalmKit or run `calmkit help-now` for people you can call or text.</source>
        <translation>Wenn du gerade jetzt Unterstützung brauchst, drück F1 in CalmKit oder führe `calmkit help-now` aus: dort stehen Menschen, die du anrufen oder denen du schreiben kannst.</translation>
    </message>
    <message>
        <source>Mild anxiety symptoms</source>
        <translation>Leichte Angstsymptome</translation>
    </message>
    <message>
        <source>Minimal anxiety symptoms</source>
        <translation>Minimale Angstsymptome</translation>
    </message>
    <message>
        <source>Moderate anxiety symptoms</source>
        <translation>Mittelgradige Angstsymptome</translation>
    </message>
    <message>
        <source>More than half the days</source>
        <translation>An mehr als der Hälfte der Tage</translation>
    </message>
    <message>
        <source>Nearly every day</source>
        <translation>Beinahe jeden Tag</translation>
    </message>
    <message numerus="yes">
        <source>Not answered yet: question(s) {numbers}.</source>
        <translation><numerusform>Noch nicht beantwortet: Frage {numbers}.</numerusform><numerusform>Noch nicht beantwortet: Fragen {numbers}.</numerusform></translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Überhaupt nicht</translation>
    </message>
    <message>
        <source>Not being able to stop worrying, or to keep it in check</source>
        <translation>Nicht aufhören können, sich Sorgen zu machen, oder die Sorgen nicht im Griff haben</translation>
    </message>
    <message>
        <source>Over the last 2 weeks, how often has each of these bothered you?</source>
        <translation>Wie oft hat dich jedes davon in den letzten 2 Wochen belastet?</translation>
    </message>
    <message>
        <source>Please answer all seven questions; a self-check is only scored when it is complete.</source>
        <translation>Bitte beantworte alle sieben Fragen; ein Selbstcheck wird nur ausgewertet, wenn er vollständig ist.</translation>
    </message>
    <message>
        <source>Several days</source>
        <translation>An einzelnen Tagen</translation>
    </message>
    <message>
        <source>Severe anxiety symptoms</source>
        <translation>Schwere Angstsymptome</translation>
    </message>
    <message>
        <source>This is a self-check, not a diagnosis. It shows how the last two weeks have felt; only a doctor or therapist who talks with you can say what is going on and what would help.</source>
        <translation>Das ist ein Selbstcheck, keine Diagnose. Er zeigt, wie sich die letzten zwei Wochen angefühlt haben; was los ist und was helfen würde, können nur Fachleute aus Medizin oder Therapie im Gespräch mit dir sagen.</translation>
    </message>
    <message>
        <source>Worrying a lot about many different things</source>
        <translation>Sich viele Sorgen über ganz verschiedene Dinge machen</translation>
    </message>
    <message>
        <source>Your answers show few signs of anxiety over the last two weeks.</source>
        <translation>Deine Antworten zeigen in den letzten zwei Wochen wenige Anzeichen von Angst.</translation>
    </message>
    <message>
        <source>Your answers show some anxiety over the last two weeks. Many people have weeks like this. Keep an eye on how you feel, and keep doing what helps you.</source>
        <translation>Deine Antworten zeigen in den letzten zwei Wochen etwas Angst. Viele Menschen haben solche Wochen. Achte darauf, wie es dir geht, und mach weiter mit dem, was dir hilft.</translation>
    </message>
    <message>
        <source>Your answers show that anxiety has been bothering you often over the last two weeks. You do not have to manage that on your own.</source>
        <translation>Deine Antworten zeigen, dass dich Angst in den letzten zwei Wochen oft belastet hat. Damit musst du nicht allein zurechtkommen.</translation>
    </message>
    <message>
        <source>Your answers show that anxiety has been with you on most days of the last two weeks. That is a lot to carry, and support can make a real difference.</source>
        <translation>Deine Antworten zeigen, dass dich Angst an den meisten Tagen der letzten zwei Wochen begleitet hat. Das ist viel zu tragen, und Unterstützung kann wirklich etwas verändern.</translation>
    </message>
    <message>
        <source>Your total: {total} of {maximum}. {band} (the range {range}).</source>
        <translation>Deine Punktzahl: {total} von {maximum}. {band} (der Bereich {range}).</translation>
    </message>
    <message>
        <source>a self-check has {expected} answers, not {found}</source>
        <translation>ein Selbstcheck hat {expected} Antworten, nicht {found}</translation>
    </message>
    <message>
        <source>a self-check's time must carry its UTC offset</source>
        <translation>die Zeit eines Selbstchecks muss ihre Abweichung von UTC enthalten</translation>
    </message>
    <message>
        <source>answer {number} is {shown}; each answer is 0, 1, 2 or 3</source>
        <translation>Antwort {number} ist {shown}; jede Antwort ist 0, 1, 2 oder 3</translation>
    </message>
    <message>
        <source>expected {expected} answers separated by commas, like 0,1,2,3,0,1,2; found {found}</source>
        <translation>erwartet werden {expected} Antworten, durch Kommas getrennt, wie 0,1,2,3,0,1,2; gefunden: {found}</translation>
    </message>
    <message>
        <source>mild anxiety symptoms</source>
        <translation>leichte Angstsymptome</translation>
    </message>
    <message>
        <source>minimal anxiety symptoms</source>
        <translation>minimale Angstsymptome</translation>
    </message>
    <message>
        <source>moderate anxiety symptoms</source>
        <translation>mittelgradige Angstsymptome</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>severe anxiety symptoms</source>
        <translation>schwere Angstsymptome</translation>
    </message>
    <message>
        <source>the answer to question {number} is {value}; answers are 0 to {maximum}</source>
        <translation>die Antwort auf Frage {number} ist {value}; Antworten gehen von 0 bis {maximum}</translation>
    </message>
</context>
<context>
    <name>SelfCheckActions</name>
    <message>
        <source>Anxiety &amp;self-check…</source>
        <translation>Angst-&amp;Selbstcheck…</translation>
    </message>
    <message>
        <source>Seven short questions about the last two weeks</source>
        <translation>Sieben kurze Fragen zu den letzten zwei Wochen</translation>
    </message>
</context>
<context>
    <name>SelfCheckChart</name>
    <message>
        <source>Self-check totals, 0 to 21, by week</source>
        <translation>Punktzahlen der Selbstchecks, 0 bis 21, nach Woche</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>minimal</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>total {total} of {maximum}: {band}</source>
        <translation>Punktzahl {total} von {maximum}: {band}</translation>
    </message>
</context>
<context>
    <name>SelfCheckDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Help now (F1)</source>
        <translation>&amp;Hilfe jetzt (F1)</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>&amp;Save and see my result</source>
        <translation>&amp;Speichern und Ergebnis sehen</translation>
    </message>
    <message>
        <source>All seven answered.</source>
        <translation>Alle sieben beantwortet.</translation>
    </message>
    <message>
        <source>Anxiety self-check</source>
        <translation>Angst-Selbstcheck</translation>
    </message>
    <message>
        <source>Crisis lines and people you can talk to, now</source>
        <translation>Krisentelefone und Menschen, mit denen du jetzt reden kannst</translation>
    </message>
    <message numerus="yes">
        <source>Kept on this computer only. History shows your results over time, beside your practice (%n self-check(s) so far).</source>
        <translation><numerusform>Nur auf diesem Computer gespeichert. Der Verlauf zeigt deine Ergebnisse über die Zeit, neben deinem Üben (bisher %n Selbstcheck).</numerusform><numerusform>Nur auf diesem Computer gespeichert. Der Verlauf zeigt deine Ergebnisse über die Zeit, neben deinem Üben (bisher %n Selbstchecks).</numerusform></translation>
    </message>
    <message>
        <source>Self-check not saved</source>
        <translation>Selbstcheck nicht gespeichert</translation>
    </message>
    <message>
        <source>The ranges: {ranges}</source>
        <translation>Die Bereiche: {ranges}</translation>
    </message>
    <message>
        <source>This result could not be kept in your practice log.</source>
        <translation>Dieses Ergebnis konnte nicht in deinem Übungstagebuch gespeichert werden.</translation>
    </message>
    <message>
        <source>Your answers could not be saved: {error} Your result is still shown.</source>
        <translation>Deine Antworten konnten nicht gespeichert werden: {error} Dein Ergebnis wird trotzdem gezeigt.</translation>
    </message>
    <message>
        <source>Your total: {total} of {maximum}. {band}.</source>
        <translation>Deine Punktzahl: {total} von {maximum}. {band}.</translation>
    </message>
    <message>
        <source>{done} of {count} answered. You can save once all seven are.</source>
        <translation>{done} von {count} beantwortet. Speichern kannst du, sobald alle sieben beantwortet sind.</translation>
    </message>
    <message>
        <source>{intro} Seven short questions; there are no right or wrong answers. This is a self-check, not a diagnosis.</source>
        <translation>{intro} Sieben kurze Fragen; es gibt keine richtigen oder falschen Antworten. Das ist ein Selbstcheck, keine Diagnose.</translation>
    </message>
</context>
<context>
    <name>SelfCheckPrompt</name>
    <message>
        <source>&amp;Take the self-check</source>
        <translation>Selbstcheck &amp;machen</translation>
    </message>
    <message>
        <source>Ask again tomorrow</source>
        <translation>Morgen wieder fragen</translation>
    </message>
    <message>
        <source>It has been a week since your last self-check. Seven short questions, when you have a moment.</source>
        <translation>Dein letzter Selbstcheck ist eine Woche her. Sieben kurze Fragen, wenn du einen Moment Zeit hast.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Your weekly anxiety self-check is ready when you are: seven short questions.</source>
        <translation>Dein wöchentlicher Angst-Selbstcheck wartet, bis du so weit bist: sieben kurze Fragen.</translation>
    </message>
</context>
<context>
    <name>SessionLength</name>
    <message>
        <source>cycles must be between 1 and 1000</source>
        <translation>Durchgänge müssen zwischen 1 und 1000 liegen</translation>
    </message>
    <message>
        <source>give either minutes or cycles</source>
        <translation>gib entweder Minuten oder Durchgänge an</translation>
    </message>
    <message>
        <source>minutes must be more than 0 and at most 180</source>
        <translation>Minuten müssen mehr als 0 und höchstens 180 sein</translation>
    </message>
</context>
<context>
    <name>SessionShell</name>
    <message>
        <source>A view without growing or shrinking shapes (R)</source>
        <translation>Eine Ansicht ohne wachsende oder schrumpfende Formen (R)</translation>
    </message>
    <message>
        <source>About this session</source>
        <translation>Über diese Sitzung</translation>
    </message>
    <message>
        <source>Ambient</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Ambient sound</source>
        <translation>Hintergrundklang</translation>
    </message>
    <message>
        <source>Ambient sound under the voice, on or off (A)</source>
        <translation>Hintergrundklang unter der Stimme, an oder aus (A)</translation>
    </message>
    <message>
        <source>Ambient volume</source>
        <translation>Lautstärke des Hintergrundklangs</translation>
    </message>
    <message>
        <source>Ambient: {sound}</source>
        <translation>Hintergrund: {sound}</translation>
    </message>
    <message>
        <source>Back to exercises</source>
        <translation>Zurück zu den Übungen</translation>
    </message>
    <message>
        <source>Brown noise</source>
        <translation>Braunes Rauschen</translation>
    </message>
    <message>
        <source>CalmKit keeps it and saves it as soon as it can (it tries again every minute, and when you close CalmKit).</source>
        <translation>CalmKit behält sie und speichert sie, sobald es geht (es versucht es jede Minute wieder und wenn du CalmKit schließt).</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continuing. {step}</source>
        <translation>Es geht weiter. {step}</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>End the session now; it is still saved (Esc)</source>
        <translation>Sitzung jetzt beenden; sie wird trotzdem gespeichert (Esc)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Full screen focus mode (F11)</source>
        <translation>Vollbild zum Konzentrieren (F11)</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
    <message>
        <source>Get ready. {name} begins in a moment.</source>
        <translation>Mach dich bereit. {name} beginnt gleich.</translation>
    </message>
    <message>
        <source>If this feels worse, it is fine to stop (Esc), open your eyes and breathe your own way. F1 is there for support.</source>
        <translation>Wenn es sich schlechter anfühlt, darfst du aufhören (Esc), die Augen öffnen und in deinem eigenen Rhythmus atmen. Mit F1 findest du Unterstützung.</translation>
    </message>
    <message>
        <source>No speech engine is set up.</source>
        <translation>Es ist keine Sprachausgabe eingerichtet.</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>no ambient sound</comment>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or continue (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Paused while the computer was asleep. Press Space to continue.</source>
        <translation>Pausiert, während der Computer im Ruhezustand war. Drück die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Paused. Press Space to continue.</source>
        <translation>Pausiert. Drück die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Saved to your history.</source>
        <translation>Im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sitzung abgeschlossen</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>Session not saved yet</source>
        <translation>Sitzung noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Sitzung</translation>
    </message>
    <message>
        <source>Settle in. Esc goes back.</source>
        <translation>Komm zur Ruhe. Esc geht zurück.</translation>
    </message>
    <message>
        <source>Soft rain</source>
        <translation>Sanfter Regen</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Space pauses or goes on, Esc stops, F1 opens Help now. Press ? for every key.</source>
        <translation>Leertaste pausiert oder macht weiter, Esc beendet, F1 öffnet Hilfe jetzt. ? zeigt alle Tasten.</translation>
    </message>
    <message>
        <source>Space pauses, Esc ends the session.</source>
        <translation>Leertaste pausiert, Esc beendet die Sitzung.</translation>
    </message>
    <message>
        <source>Speak the instructions (V)</source>
        <translation>Anleitung ansagen (V)</translation>
    </message>
    <message>
        <source>Still</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>This session could not be saved yet.</source>
        <translation>Diese Sitzung konnte noch nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Tones on or off (M)</source>
        <translation>Töne an oder aus (M)</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Volume of the ambient sound (Shift+Up/Down arrow keys)</source>
        <translation>Lautstärke des Hintergrundklangs (Umschalt+Hoch/Herunter)</translation>
    </message>
    <message>
        <source>Volume of tones and voice (Up/Down arrow keys)</source>
        <translation>Lautstärke von Tönen und Stimme (Pfeiltasten Hoch/Herunter)</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Wellen</translation>
    </message>
    <message>
        <source>You practised for {length}. Stopping early is fine; any practice counts. Take a moment before you get up.</source>
        <translation>Du hast {length} geübt. Früher aufzuhören ist in Ordnung; jedes Üben zählt. Nimm dir einen Moment, bevor du aufstehst.</translation>
    </message>
    <message>
        <source>{length} of {exercise}. Take a moment before you get up.</source>
        <translation>{exercise}: {length}. Nimm dir einen Moment, bevor du aufstehst.</translation>
    </message>
    <message>
        <source>{name} session</source>
        <translation>Sitzung: {name}</translation>
    </message>
    <message>
        <source>{reason} (V tries again)</source>
        <translation>{reason} (V versucht es erneut)</translation>
    </message>
    <message numerus="yes">
        <source>{step}, %n second(s)</source>
        <translation><numerusform>{step}, %n Sekunde</numerusform><numerusform>{step}, %n Sekunden</numerusform></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>A note for yourself</source>
        <translation>Eine Notiz für dich</translation>
    </message>
    <message>
        <source>A session could not be deleted: {error}</source>
        <translation>Eine Sitzung konnte nicht gelöscht werden: {error}</translation>
    </message>
    <message>
        <source>A session could not be restored: {error}</source>
        <translation>Eine Sitzung konnte nicht wiederhergestellt werden: {error}</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>No note. Double-click or press F2 to add one.</source>
        <translation>Keine Notiz. Doppelklick oder F2, um eine zu schreiben.</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht eingeschätzt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Practised</source>
        <translation>Geübt</translation>
    </message>
    <message>
        <source>The note could not be saved: {error}</source>
        <translation>Die Notiz konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n session(s).</source>
        <translation><numerusform>%n Sitzung gelöscht.</numerusform><numerusform>%n Sitzungen gelöscht.</numerusform></translation>
    </message>
    <message>
        <source>Deleted {exercise}, {when}.</source>
        <translation>Gelöscht: {exercise}, {when}.</translation>
    </message>
    <message>
        <source>Double-click a note, or press F2, to write or change it. Delete removes the selected sessions; you can undo that.</source>
        <translation>Doppelklick auf eine Notiz oder F2, um sie zu schreiben oder zu ändern. Entf löscht die gewählten Sitzungen; das kannst du rückgängig machen.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Extended exhale breathing</source>
        <comment>a long exercise name, to size its column</comment>
        <translation>Progressive Muskelentspannung</translation>
    </message>
    <message>
        <source>Hide this message; Ctrl+Z still undoes</source>
        <translation>Diese Meldung ausblenden; Strg+Z macht es weiterhin rückgängig</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Vergangene Sitzungen</translation>
    </message>
    <message>
        <source>Put the deleted session back (Ctrl+Z)</source>
        <translation>Die gelöschte Sitzung zurückholen (Strg+Z)</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n session(s). Undo again to restore more.</source>
        <translation><numerusform>%n Sitzung wiederhergestellt. Noch einmal rückgängig machen, um weitere zurückzuholen.</numerusform><numerusform>%n Sitzungen wiederhergestellt. Noch einmal rückgängig machen, um weitere zurückzuholen.</numerusform></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The saved setting {key} is unreadable ({value}); using the default, {default}.</source>
        <translation>Die gespeicherte Einstellung {key} ist nicht lesbar ({value}); es gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <source>The saved setting {key} is {value}, which is not {wanted}; using the default, {default}.</source>
        <translation>Die gespeicherte Einstellung {key} ist {value}, also nicht {wanted}; es gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <source>a whole hour from 0 to 23</source>
        <translation>eine volle Stunde von 0 bis 23</translation>
    </message>
    <message>
        <source>a whole number of days from 0 to {maximum}</source>
        <translation>eine ganze Zahl von Tagen von 0 bis {maximum}</translation>
    </message>
    <message>
        <source>a whole number of days from 1 to 7, or no goal</source>
        <translation>eine ganze Zahl von Tagen von 1 bis 7 oder kein Ziel</translation>
    </message>
    <message>
        <source>a whole number of minutes from 1 to {maximum}, or no goal</source>
        <translation>eine ganze Zahl von Minuten von 1 bis {maximum} oder kein Ziel</translation>
    </message>
    <message>
        <source>no goal</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>einer der Werte {choices}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>{key} must be {wanted}, not {value}</source>
        <translation>{key} muss {wanted} sein, nicht {value}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n Tag</numerusform><numerusform>%n Tage</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) a day</source>
        <translation><numerusform>%n Minute am Tag</numerusform><numerusform>%n Minuten am Tag</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n practice day(s) a week</source>
        <translation><numerusform>%n Übungstag pro Woche</numerusform><numerusform>%n Übungstage pro Woche</numerusform></translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Üben</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Weekly goal:</source>
        <translation>&amp;Wochenziel:</translation>
    </message>
    <message>
        <source>A new &amp;day starts at:</source>
        <translation>Ein neuer &amp;Tag beginnt um:</translation>
    </message>
    <message>
        <source>A new day starts at</source>
        <translation>Ein neuer Tag beginnt um</translation>
    </message>
    <message>
        <source>A rating from 0 (completely calm) to 10 (the most anxious you have felt), one key press, always skippable. It lets History show what helps you most.</source>
        <translation>Eine Einschätzung von 0 (ganz ruhig) bis 10 (die stärkste Angst, die du kennst), ein Tastendruck, immer überspringbar. So kann der Verlauf zeigen, was dir am meisten hilft.</translation>
    </message>
    <message>
        <source>Appeara&amp;nce</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Ask how anxious I feel before and after each session</source>
        <translation>Vor und nach jeder Sitzung fragen, wie ängstlich ich mich fühle</translation>
    </message>
    <message>
        <source>Daily &amp;goal:</source>
        <translation>Tages&amp;ziel:</translation>
    </message>
    <message>
        <source>Daily goal, minutes</source>
        <translation>Tagesziel, Minuten</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Days without practice that keep a streak going. They do not add to it, and a streak that ends is simply a fresh start.</source>
        <translation>Tage ohne Üben, die eine Serie weiterlaufen lassen. Sie zählen nicht dazu, und eine Serie, die endet, ist einfach ein neuer Anfang.</translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation>Alle meine Daten löschen…</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Dem Desktop folgen</translation>
    </message>
    <message>
        <source>Following the desktop, CalmKit turns light or dark when your desktop does, and uses high contrast when your desktop asks for it. High contrast puts black text on white, with strong outlines.</source>
        <translation>Wenn CalmKit dem Desktop folgt, wird es hell oder dunkel, sobald dein Desktop wechselt, und zeigt hohen Kontrast, wenn dein Desktop danach fragt. Hoher Kontrast zeigt schwarze Schrift auf Weiß, mit kräftigen Umrissen.</translation>
    </message>
    <message>
        <source>G&amp;race days:</source>
        <translation>&amp;Puffertage:</translation>
    </message>
    <message>
        <source>Goals are shown as progress. Leave them at “No goal” if you prefer.</source>
        <translation>Ziele werden als Fortschritt gezeigt. Lass sie auf „Kein Ziel“, wenn dir das lieber ist.</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>Puffertage</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Motion:</source>
        <translation>Bewegung:</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>Nothing grows, shrinks or fades during sessions</source>
        <translation>Während der Sitzungen wächst, schrumpft oder verblasst nichts</translation>
    </message>
    <message>
        <source>Once a week a quiet line offers seven short questions about the last two weeks (adapted from the GAD-7). It is a self-check, not a diagnosis. Off unless you switch it on; Help &gt; Anxiety self-check… works either way.</source>
        <translation>Einmal in der Woche bietet eine leise Zeile sieben kurze Fragen zu den letzten zwei Wochen an (nach dem GAD-7). Das ist ein Selbstcheck, keine Diagnose. Aus, bis du es einschaltest; Hilfe &gt; Angst-Selbstcheck… geht immer.</translation>
    </message>
    <message>
        <source>Ratings:</source>
        <translation>Einschätzungen:</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <source>Remove your practice log, its backups and CalmKit's log files</source>
        <translation>Dein Übungstagebuch, seine Sicherungen und die Protokolldateien von CalmKit entfernen</translation>
    </message>
    <message>
        <source>Self-chec&amp;k:</source>
        <translation>Selbst&amp;check:</translation>
    </message>
    <message>
        <source>Sessions before this hour count for the day before, so practice late at night still counts for that evening.</source>
        <translation>Sitzungen vor dieser Uhrzeit zählen zum Vortag; so zählt Üben spät in der Nacht noch zum Abend davor.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Some saved settings could not be used, so their defaults are shown:</source>
        <translation>Einige gespeicherte Einstellungen ließen sich nicht verwenden, daher werden ihre Standardwerte gezeigt:</translation>
    </message>
    <message>
        <source>The breathing guide fills a bar in place instead of a growing circle, and the body map and reading text change without fading. R switches it during a session too.</source>
        <translation>Die Atemführung füllt einen Balken an Ort und Stelle statt eines wachsenden Kreises, und Körperkarte und Lesetext wechseln ohne Überblenden. R schaltet es auch während einer Sitzung um.</translation>
    </message>
    <message>
        <source>The settings could not be saved: {problem}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Weekly anxiety self-check</source>
        <translation>Wöchentlicher Angst-Selbstcheck</translation>
    </message>
    <message>
        <source>Weekly goal, practice days</source>
        <translation>Wochenziel, Übungstage</translation>
    </message>
    <message>
        <source>Your d&amp;ata</source>
        <translation>Deine D&amp;aten</translation>
    </message>
    <message>
        <source>Your practice log is kept only on this computer, at {path}. File &gt; Export history… saves a copy you can keep or import elsewhere.</source>
        <translation>Dein Übungstagebuch liegt nur auf diesem Computer, unter {path}. Datei &gt; Verlauf exportieren… speichert eine Kopie, die du aufbewahren oder anderswo importieren kannst.</translation>
    </message>
</context>
<context>
    <name>ShortMonth</name>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mär</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
</context>
<context>
    <name>ShortWeekday</name>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
</context>
<context>
    <name>ShortcutKeys</name>
    <message>
        <source>0 to 9</source>
        <translation>0 bis 9</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Alt+B</source>
        <translation>Alt+V</translation>
    </message>
    <message>
        <source>Alt+O, P, D, C, S</source>
        <translation>Alt+Ü, E, B, C, S</translation>
    </message>
    <message>
        <source>Arrow keys, Home, End</source>
        <translation>Pfeiltasten, Pos1, Ende</translation>
    </message>
    <message>
        <source>Ctrl+Plus, Ctrl+Minus</source>
        <translation>Strg+Plus, Strg+Minus</translation>
    </message>
    <message>
        <source>Delete, Ctrl+Z</source>
        <translation>Entf, Strg+Z</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Enter, Esc</source>
        <translation>Enter, Esc</translation>
    </message>
    <message>
        <source>Enter, S</source>
        <translation>Enter, S</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Links, Rechts</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Menütaste, Umschalt+F10</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Shift+Up, Shift+Down</source>
        <translation>Umschalt+Hoch, Umschalt+Herunter</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Hoch, Herunter</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>A still bar instead of moving shapes</source>
        <translation>Ein ruhiger Balken statt bewegter Formen</translation>
    </message>
    <message>
        <source>After a session</source>
        <translation>Nach einer Sitzung</translation>
    </message>
    <message>
        <source>Ambient sound on or off (guided imagery)</source>
        <translation>Hintergrundklang an oder aus (Fantasiereise)</translation>
    </message>
    <message>
        <source>Ambient sound volume</source>
        <translation>Lautstärke des Hintergrundklangs</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Back to the exercises, starting nothing</source>
        <translation>Zurück zu den Übungen, ohne etwas zu starten</translation>
    </message>
    <message>
        <source>Back to the exercises; the rating and note are kept</source>
        <translation>Zurück zu den Übungen; Einschätzung und Notiz bleiben erhalten</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>Vor einer Sitzung</translation>
    </message>
    <message>
        <source>Calm down now: two minutes of slow breathing, then grounding</source>
        <translation>Jetzt beruhigen: zwei Minuten langsames Atmen, dann Erdung</translation>
    </message>
    <message>
        <source>Choose an exercise</source>
        <translation>Eine Übung wählen</translation>
    </message>
    <message>
        <source>Correct the rating from before</source>
        <translation>Die Einschätzung von vorher korrigieren</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Während einer Sitzung</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Help now: crisis lines, from any window</source>
        <translation>Hilfe jetzt: Krisentelefone, aus jedem Fenster</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>How anxious you feel (1 then 0 for 10)</source>
        <translation>Wie ängstlich du dich fühlst (1, dann 0 für 10)</translation>
    </message>
    <message>
        <source>How anxious you feel now (1 then 0 for 10); press again to change it</source>
        <translation>Wie ängstlich du dich jetzt fühlst (1, dann 0 für 10); noch einmal drücken zum Ändern</translation>
    </message>
    <message>
        <source>In a chart: from day to day or bar to bar, read aloud</source>
        <translation>In einem Diagramm: von Tag zu Tag oder Balken zu Balken, vorgelesen</translation>
    </message>
    <message>
        <source>In the sessions table: delete the chosen sessions, undo</source>
        <translation>In der Sitzungstabelle: die gewählten Sitzungen löschen, rückgängig machen</translation>
    </message>
    <message>
        <source>In the sessions table: edit the note</source>
        <translation>In der Sitzungstabelle: die Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Larger or smaller text (guided imagery)</source>
        <translation>Größere oder kleinere Schrift (Fantasiereise)</translation>
    </message>
    <message>
        <source>On the section tabs: the next or previous section</source>
        <translation>Auf den Reitern der Bereiche: der nächste oder vorige Bereich</translation>
    </message>
    <message>
        <source>Overview, Practice, Distress, Self-check, Sessions</source>
        <translation>Überblick, Üben, Belastung, Selbstcheck, Sitzungen</translation>
    </message>
    <message>
        <source>Pause or go on</source>
        <translation>Pausieren oder weitermachen</translation>
    </message>
    <message>
        <source>Press the button that has the keyboard (Enter too)</source>
        <translation>Die gerade hervorgehobene Schaltfläche drücken (auch Enter)</translation>
    </message>
    <message>
        <source>Sound on or off</source>
        <translation>Ton an oder aus</translation>
    </message>
    <message>
        <source>Start the chosen exercise</source>
        <translation>Die gewählte Übung starten</translation>
    </message>
    <message>
        <source>Start without a rating</source>
        <translation>Ohne Einschätzung starten</translation>
    </message>
    <message>
        <source>Stop; what you practised is kept</source>
        <translation>Beenden; was du geübt hast, bleibt erhalten</translation>
    </message>
    <message>
        <source>The exercise list</source>
        <translation>Die Übungsliste</translation>
    </message>
    <message>
        <source>The menus, and buttons with an underlined letter</source>
        <translation>Die Menüs und Schaltflächen mit einem unterstrichenen Buchstaben</translation>
    </message>
    <message>
        <source>The next or previous control</source>
        <translation>Das nächste oder vorige Bedienelement</translation>
    </message>
    <message>
        <source>The previous or next part (muscle relaxation and guided imagery)</source>
        <translation>Der vorige oder nächste Teil (Muskelentspannung und Fantasiereise)</translation>
    </message>
    <message>
        <source>This overview of the keys</source>
        <translation>Diese Übersicht der Tasten</translation>
    </message>
    <message>
        <source>To the note</source>
        <translation>Zur Notiz</translation>
    </message>
    <message>
        <source>Voice on or off</source>
        <translation>Stimme an oder aus</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>What can be done with the chosen exercise</source>
        <translation>Was sich mit der gewählten Übung tun lässt</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everything in CalmKit can be done from the keyboard. These keys help.</source>
        <translation>Alles in CalmKit geht auch mit der Tastatur. Diese Tasten helfen dabei.</translation>
    </message>
    <message>
        <source>Grouped by where they work. Arrow keys read on.</source>
        <translation>Geordnet danach, wo sie wirken. Mit den Pfeiltasten geht es weiter.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <source>Left</source>
        <comment>start of a body part name</comment>
        <translation>links</translation>
    </message>
    <message>
        <source>Right</source>
        <comment>start of a body part name</comment>
        <translation>rechts</translation>
    </message>
    <message>
        <source>left</source>
        <comment>in a sentence: your left hand</comment>
        <translation>linken</translation>
    </message>
    <message>
        <source>right</source>
        <comment>in a sentence: your right hand</comment>
        <translation>rechten</translation>
    </message>
</context>
<context>
    <name>StageChooser</name>
    <message>
        <source>Stage {number}: {name}</source>
        <translation>Stufe {number}: {name}</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Stages of {programme}</source>
        <translation>Stufen von {programme}</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>{sessions}, suggested next</source>
        <translation>{sessions}, als Nächstes vorgeschlagen</translation>
    </message>
</context>
<context>
    <name>StoppedCheckIn</name>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Stopped because it felt worse? (You need not answer.)</source>
        <translation>Aufgehört, weil es sich schlechter anfühlte? (Du musst nicht antworten.)</translation>
    </message>
    <message>
        <source>Thank you. Any practice counts.</source>
        <translation>Danke. Jedes Üben zählt.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>CalmKit is not allowed to read the practice log at {path}. It was left as it is. Check who owns the file and its permissions.</source>
        <translation>CalmKit darf das Übungstagebuch unter {path} nicht lesen. Es bleibt, wie es ist. Prüfe, wem die Datei gehört und welche Rechte sie hat.</translation>
    </message>
    <message>
        <source>CalmKit is open in another window; close it or try again. {unchanged}</source>
        <translation>CalmKit ist in einem anderen Fenster offen; schließe es oder versuche es noch einmal. {unchanged}</translation>
    </message>
    <message>
        <source>Cannot read the practice log at {path} ({reason}). It was left as it is.</source>
        <translation>Das Übungstagebuch unter {path} kann nicht gelesen werden ({reason}). Es bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}). Removed so far: {removed}.</source>
        <translation>{path} konnte nicht entfernt werden ({reason}). Bisher entfernt: {removed}.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup {name} is empty. Nothing was changed.</source>
        <translation>Die Sicherung {name} ist leer. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The computer ran out of memory. {unchanged} Close some programs, then try again.</source>
        <translation>Der Computer hat keinen freien Arbeitsspeicher mehr. {unchanged} Schließe einige Programme und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>The disk is full. {unchanged} Free some space, then try again.</source>
        <translation>Der Datenträger ist voll. {unchanged} Schaffe etwas Platz und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>The disk reported an error while CalmKit used the practice log at {path}. {unchanged} Check that the disk is connected and healthy, then try again.</source>
        <translation>Der Datenträger hat einen Fehler gemeldet, während CalmKit das Übungstagebuch unter {path} verwendet hat. {unchanged} Prüfe, ob der Datenträger angeschlossen und in Ordnung ist, und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>The file at {path} is not a CalmKit practice log. It was left as it is.</source>
        <translation>Die Datei unter {path} ist kein Übungstagebuch von CalmKit. Sie bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>The practice log at {path} cannot be opened (its folder may be missing or not allowed). {unchanged} Check the folder, or start CalmKit with --data-dir set to another one.</source>
        <translation>Das Übungstagebuch unter {path} kann nicht geöffnet werden (vielleicht fehlt sein Ordner, oder der Zugriff darauf ist nicht erlaubt). {unchanged} Prüfe den Ordner, oder starte CalmKit mit --data-dir und einem anderen Ordner.</translation>
    </message>
    <message>
        <source>The practice log at {path} is damaged and cannot be used safely. It was left as it is; nothing was written to it.</source>
        <translation>Das Übungstagebuch unter {path} ist beschädigt und kann nicht sicher verwendet werden. Es bleibt, wie es ist; es wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <source>The practice log at {path} is damaged. CalmKit wrote nothing more to it. Your backups are kept in {backups}; restore the newest one with Backups in the File menu (or: calmkit backup list).</source>
        <translation>Das Übungstagebuch unter {path} ist beschädigt. CalmKit hat nichts mehr hineingeschrieben. Deine Sicherungen liegen in {backups}; stelle die neueste über Sicherungen im Menü Datei wieder her (oder: calmkit backup list).</translation>
    </message>
    <message>
        <source>The practice log at {path} was written by a newer CalmKit (format {version}; this CalmKit reads up to {known}). It was left as it is: update CalmKit to open it.</source>
        <translation>Das Übungstagebuch unter {path} stammt von einem neueren CalmKit (Format {version}; dieses CalmKit liest bis {known}). Es bleibt, wie es ist: Aktualisiere CalmKit, um es zu öffnen.</translation>
    </message>
    <message>
        <source>The practice log cannot be written: the file or its folder ({folder}) is read-only. {unchanged} Make the folder writable, or start CalmKit with --data-dir set to a folder that is.</source>
        <translation>In das Übungstagebuch kann nicht geschrieben werden: Die Datei oder ihr Ordner ({folder}) ist schreibgeschützt. {unchanged} Mach den Ordner beschreibbar, oder starte CalmKit mit --data-dir und einem beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>The practice log is in use by another program (is CalmKit open twice?). {unchanged} Close the other one, then try again.</source>
        <translation>Das Übungstagebuch wird von einem anderen Programm verwendet (ist CalmKit zweimal offen?). {unchanged} Schließe das andere und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>The practice log was left as it is.</source>
        <translation>Das Übungstagebuch bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>There is no practice log at {path} yet. Nothing was changed.</source>
        <translation>Unter {path} gibt es noch kein Übungstagebuch. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>What was saved before is safe.</source>
        <translation>Was vorher gespeichert war, ist sicher.</translation>
    </message>
    <message>
        <source>a note cannot contain NUL characters</source>
        <translation>eine Notiz darf keine NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <source>another session with id {id} is in the practice log</source>
        <translation>im Übungstagebuch gibt es schon eine andere Sitzung mit der ID {id}</translation>
    </message>
    <message>
        <source>no saved pattern with id {id}</source>
        <translation>kein gespeichertes Atemmuster mit der ID {id}</translation>
    </message>
    <message>
        <source>no self-check with id {id} is in the practice log</source>
        <translation>im Übungstagebuch gibt es keinen Selbstcheck mit der ID {id}</translation>
    </message>
    <message>
        <source>no session with id {id} is in the practice log</source>
        <translation>im Übungstagebuch gibt es keine Sitzung mit der ID {id}</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>removed so far</comment>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>StoreTask</name>
    <message>
        <source>Something unexpected went wrong, and nothing was changed. Details are in the log.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen, und nichts wurde geändert. Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>SupportPanel</name>
    <message>
        <source>Feeling more anxious after relaxing happens to many people, and it is not a failure. Breathe your own way for a moment. If it stays high, something gentler or Help now (F1) may help.</source>
        <translation>Nach dem Entspannen ängstlicher zu sein, passiert vielen Menschen, und es ist kein Versagen. Atme eine Weile in deinem eigenen Rhythmus. Bleibt es stark, helfen vielleicht etwas Sanfteres oder Hilfe jetzt (F1).</translation>
    </message>
    <message>
        <source>Help now (F1)</source>
        <translation>Hilfe jetzt (F1)</translation>
    </message>
    <message>
        <source>Name what you can see, touch and hear (about 5 min)</source>
        <translation>Benenne, was du siehst, fühlst und hörst (etwa 5 min)</translation>
    </message>
    <message>
        <source>Phone and text lines you can reach at any time</source>
        <translation>Telefon- und SMS-Beratung, jederzeit erreichbar</translation>
    </message>
    <message>
        <source>Thank you for saying so. Relaxing can stir up anxiety for a while; stopping was a good choice. Take a moment before you get up.</source>
        <translation>Danke, dass du das sagst. Entspannen kann eine Weile Angst aufwühlen; aufzuhören war eine gute Entscheidung. Nimm dir einen Moment, bevor du aufstehst.</translation>
    </message>
    <message>
        <source>That sounds like a hard moment. You can go ahead, or start with something gentler: naming what you can see, touch and hear, with your eyes open. Help now (F1) lists people you can talk to at any time.</source>
        <translation>Das klingt nach einem schweren Moment. Du kannst weitermachen oder mit etwas Sanfterem beginnen: mit offenen Augen benennen, was du siehst, fühlst und hörst. Hilfe jetzt (F1) nennt Menschen, mit denen du jederzeit sprechen kannst.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Open CalmKit</source>
        <translation>CalmKit &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Pause session</source>
        <translation>Sitzung &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Quit {app}</source>
        <translation>{app} beende&amp;n</translation>
    </message>
    <message>
        <source>&amp;Resume session</source>
        <translation>Sitzung &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>It keeps running in the system tray, so reminders can reach you. Click its icon to open it again, or choose Quit from the icon's menu.</source>
        <translation>Es läuft im Infobereich weiter, damit Erinnerungen dich erreichen. Klick auf sein Symbol, um es wieder zu öffnen, oder wähl „CalmKit beenden“ im Menü des Symbols.</translation>
    </message>
    <message>
        <source>S&amp;top session</source>
        <translation>Sitzung &amp;beenden</translation>
    </message>
    <message>
        <source>{app} is still here</source>
        <translation>{app} ist noch da</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>S&amp;nooze the reminder 10 minutes</source>
        <translation>Später &amp;erinnern (10 min)</translation>
    </message>
    <message>
        <source>Start {name} now</source>
        <translation>{name} jetzt starten</translation>
    </message>
    <message>
        <source>{reminder} Click here to start, or snooze it from the tray menu.</source>
        <translation>{reminder} Klick hier, um zu starten, oder lass dich über das Menü im Infobereich später erinnern.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation><numerusform>%n Atemzug</numerusform><numerusform>%n Atemzüge</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation><numerusform>%n Teil</numerusform><numerusform>%n Teile</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation><numerusform>%n Abschnitt</numerusform><numerusform>%n Abschnitte</numerusform></translation>
    </message>
    <message>
        <source>breath</source>
        <translation>Atemzug</translation>
    </message>
    <message>
        <source>breaths</source>
        <translation>Atemzüge</translation>
    </message>
    <message>
        <source>part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>Abschnitte</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>On Debian or Ubuntu, install the speech-dispatcher and speech-dispatcher-espeak-ng packages, and make sure sound works.</source>
        <translation>Installiere unter Debian oder Ubuntu die Pakete speech-dispatcher und speech-dispatcher-espeak-ng, und sorge dafür, dass der Ton funktioniert.</translation>
    </message>
    <message>
        <source>Spoken words are unavailable ({reason}). {advice}</source>
        <translation>Gesprochene Worte sind nicht verfügbar ({reason}). {advice}</translation>
    </message>
    <message>
        <source>no speech engine</source>
        <translation>keine Sprachausgabe vorhanden</translation>
    </message>
    <message>
        <source>the speech engine failed</source>
        <translation>die Sprachausgabe ist ausgefallen</translation>
    </message>
    <message>
        <source>the speech engine has no voice for {language}</source>
        <translation>die Sprachausgabe hat keine Stimme für {language}</translation>
    </message>
    <message>
        <source>the speech engine starts but never finishes speaking</source>
        <translation>die Sprachausgabe beginnt, spricht aber nie zu Ende</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
</context>
<context>
    <name>WeeklyMinutesChart</name>
    <message>
        <source>Minutes practised per week</source>
        <translation>Geübte Minuten pro Woche</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Woche vom {day}</translation>
    </message>
    <message numerus="yes">
        <source>{time} on %n practice day(s)</source>
        <translation><numerusform>{time} an %n Übungstag</numerusform><numerusform>{time} an %n Übungstagen</numerusform></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>CalmKit guides you through coping exercises: paced breathing, progressive muscle relaxation, guided imagery and grounding. Each one says what it is for and where it comes from. There is no right way to do them, and you can stop at any time.</source>
        <translation>CalmKit begleitet dich durch Übungen zur Bewältigung: Atmen im Takt, Progressive Muskelentspannung, Fantasiereisen und Erdung. Jede sagt, wofür sie gedacht ist und woher sie kommt. Es gibt keinen richtigen Weg, sie zu machen, und du kannst jederzeit aufhören.</translation>
    </message>
    <message>
        <source>CalmKit is a self-help tool. It is not a medical device or an emergency service, and it does not diagnose anything. If you have heart, lung or blood-pressure problems, are pregnant, or have a history of trauma, flashbacks or psychosis, check with a doctor before breathing or relaxation exercises. Help now is always one key away: press F1, from any window, for phone and text lines. F3 starts a calm-down for panic.</source>
        <translation>CalmKit ist ein Werkzeug zur Selbsthilfe. Es ist kein Medizinprodukt und kein Notdienst, und es stellt keine Diagnosen. Wenn du Herz-, Lungen- oder Blutdruckprobleme hast, schwanger bist oder Traumata, Flashbacks oder Psychosen erlebt hast, sprich vor Atem- oder Entspannungsübungen mit einer Ärztin oder einem Arzt. Hilfe jetzt ist immer nur eine Taste entfernt: Drück F1, aus jedem Fenster, für Telefon- und SMS-Beratung. F3 startet „Jetzt beruhigen“ bei Panik.</translation>
    </message>
    <message>
        <source>CalmKit works without the internet and has no account. What you practise, and any ratings or notes, stay on this computer. You can export everything, and delete it all, from the File menu.</source>
        <translation>CalmKit funktioniert ohne Internet und braucht kein Konto. Was du übst, und alle Einschätzungen oder Notizen bleiben auf diesem Computer. Über das Menü „Datei“ kannst du alles exportieren und alles löschen.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Start using CalmKit</source>
        <translation>CalmKit verwenden</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to CalmKit</source>
        <translation>Willkommen bei CalmKit</translation>
    </message>
    <message>
        <source>What CalmKit is not</source>
        <translation>Was CalmKit nicht ist</translation>
    </message>
    <message>
        <source>Your practice stays here</source>
        <translation>Dein Üben bleibt hier</translation>
    </message>
    <message>
        <source>{page} of {pages}</source>
        <translation>{page} von {pages}</translation>
    </message>
</context>
<context>
    <name>WindowNotifier</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>S&amp;nooze 10 minutes</source>
        <translation>Später &amp;erinnern (10 min)</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n Tag</numerusform><numerusform>%n Tage</numerusform></translation>
    </message>
    <message>
        <source>.</source>
        <comment>decimal mark</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>CalmKit closed unexpectedly during this session (it crashed, or the computer lost power). It was saved from the last moment CalmKit noted, so you may have practised a little longer.</source>
        <translation>CalmKit wurde während dieser Sitzung unerwartet geschlossen (es ist abgestürzt, oder der Computer hatte keinen Strom mehr). Sie wurde bis zu dem letzten Moment gespeichert, den CalmKit festgehalten hat; vielleicht hast du also etwas länger geübt.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Fresh start</source>
        <translation>Neuer Anfang</translation>
    </message>
    <message>
        <source>How your ratings changed</source>
        <translation>Wie sich deine Einschätzungen verändert haben</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>One session says little: how you feel varies from day to day, so a change shows once an exercise has {count} sessions rated before and after. A change of about one point or more is one you are likely to notice.</source>
        <translation>Eine Sitzung sagt wenig: Wie du dich fühlst, ändert sich von Tag zu Tag, daher zeigt sich eine Veränderung erst, wenn eine Übung {count} Sitzungen mit einer Einschätzung vorher und nachher hat. Eine Veränderung von etwa einem Punkt oder mehr spürst du wahrscheinlich.</translation>
    </message>
    <message numerus="yes">
        <source>This week: {done} of %n practice day(s)</source>
        <translation><numerusform>Diese Woche: {done} von %n Übungstag</numerusform><numerusform>Diese Woche: {done} von %n Übungstagen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This week: {done} of %n practice day(s) · goal reached</source>
        <translation><numerusform>Diese Woche: {done} von %n Übungstag · Ziel erreicht</numerusform><numerusform>Diese Woche: {done} von %n Übungstagen · Ziel erreicht</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Today: {done} of %n minute(s)</source>
        <translation><numerusform>Heute: {done} von %n Minute</numerusform><numerusform>Heute: {done} von %n Minuten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Today: {done} of %n minute(s) · goal reached</source>
        <translation><numerusform>Heute: {done} von %n Minute · Ziel erreicht</numerusform><numerusform>Heute: {done} von %n Minuten · Ziel erreicht</numerusform></translation>
    </message>
    <message>
        <source>a session today begins a new streak</source>
        <translation>eine Sitzung heute beginnt eine neue Serie</translation>
    </message>
    <message>
        <source>about the same after</source>
        <translation>danach etwa gleich</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>aktuelle Serie</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>noch keine Einschätzung</translation>
    </message>
    <message numerus="yes">
        <source>shown after %n more rated session(s)</source>
        <translation><numerusform>sichtbar nach %n weiteren eingeschätzten Sitzung</numerusform><numerusform>sichtbar nach %n weiteren eingeschätzten Sitzungen</numerusform></translation>
    </message>
    <message>
        <source>{amount} higher after</source>
        <translation>danach {amount} höher</translation>
    </message>
    <message>
        <source>{amount} lower after</source>
        <translation>danach {amount} niedriger</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{goal} · goal reached</source>
        <translation>{goal} · Ziel erreicht</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hour}:{minute}</source>
        <translation>{hour}:{minute}</translation>
    </message>
    <message>
        <source>{label}: {done} of {target} {unit}</source>
        <translation>{label}: {done} von {target} {unit}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday}, {day}. {month} {year}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}, {time}</source>
        <translation>{weekday}, {day}. {month} {year}, {time}</translation>
    </message>
</context>
</TS>
