<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>About</name>
    <message>
        <location filename="../../../acutimer/ui/safety_dialog.py" line="+64"/>
        <source>A calm guide through self-acupressure routines for ordinary back pain.</source>
        <translation>Eine ruhige Anleitung durch Übungen zur Selbst-Akupressur bei gewöhnlichen Rückenschmerzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the evidence says</source>
        <translation>Was die Studien sagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Small studies suggest that acupressure may modestly ease long-lasting low back pain. None of them tested the routines in this app.</source>
        <translation>Kleine Studien deuten darauf hin, dass Akupressur lang anhaltende Schmerzen im unteren Rücken etwas lindern kann. Keine davon hat die Übungen in diesem Programm untersucht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hsieh and colleagues (BMJ, 2006): 129 people at clinics in one city. Six sessions of acupressure given by trained practitioners over a month reduced disability more than physical therapy did, and the difference lasted six months. This was acupressure from a practitioner, not self-acupressure.</source>
        <translation>Hsieh und Kollegen (BMJ, 2006): 129 Menschen in Kliniken einer Stadt. Sechs Akupressur-Behandlungen durch geschulte Fachleute innerhalb eines Monats verringerten die Beeinträchtigung stärker als Physiotherapie, und der Unterschied hielt sechs Monate an. Das war Akupressur durch Fachleute, keine Selbst-Akupressur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Li and colleagues (2021): a systematic review of 23 trials, about 2,400 people, mostly treated by practitioners. Acupressure eased pain more than physical therapy or usual care, but the evidence is of low to moderate quality.</source>
        <translation>Li und Kollegen (2021): eine systematische Übersicht über 23 Studien mit etwa 2.400 Menschen, meist von Fachleuten behandelt. Akupressur linderte Schmerzen stärker als Physiotherapie oder die übliche Versorgung, doch die Aussagekraft der Studien ist gering bis mäßig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Murphy and colleagues (Pain Medicine, 2019): a small pilot trial of self-acupressure, 67 people. In the acupressure groups pain fell by about a third from where it started over six weeks. Compared with usual care the results favoured acupressure, but a pilot this small cannot say by how much. Side effects were few, mostly from pressing too hard.</source>
        <translation>Murphy und Kollegen (Pain Medicine, 2019): eine kleine Pilotstudie zur Selbst-Akupressur mit 67 Menschen. In den Akupressur-Gruppen sanken die Schmerzen innerhalb von sechs Wochen um etwa ein Drittel gegenüber dem Anfang. Im Vergleich mit der üblichen Versorgung schnitt Akupressur besser ab, doch eine so kleine Pilotstudie kann nicht sagen, um wie viel. Nebenwirkungen waren selten, meist durch zu festes Drücken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The evidence is of low to moderate quality and acupressure does not replace medical care.</source>
        <translation>Die Aussagekraft der Studien ist gering bis mäßig, und Akupressur ersetzt keine ärztliche Behandlung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Point locations follow the WHO Standard Acupuncture Point Locations in the Western Pacific Region (2008). acutimer keeps everything on your computer and makes no network connections.</source>
        <translation>Die Lage der Punkte folgt dem WHO-Standard für Akupunkturpunkte in der Westpazifik-Region (WHO Standard Acupuncture Point Locations in the Western Pacific Region, 2008). acutimer speichert alles nur auf Ihrem Computer und baut keine Netzwerkverbindungen auf.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>About</source>
        <translation>Über acutimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../../acutimer/ui/actions.py" line="+22"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start, pause or resume</source>
        <translation>Starten, anhalten oder weitermachen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back: restart this step, or the previous step if just begun</source>
        <translation>Zurück: diesen Schritt neu beginnen, oder den vorigen, wenn dieser gerade erst begonnen hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;kip step</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip this step and go to the next one</source>
        <translation>Diesen Schritt überspringen und zum nächsten gehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restart step</source>
        <translation>&amp;Von vorn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start this step again</source>
        <translation>Diesen Schritt noch einmal beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+15 s</source>
        <translation>+15 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../../acutimer/ui/hold_limit.py" line="+12"/>
        <source>Hold 15 seconds longer</source>
        <translation>15 Sekunden länger halten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the session (it asks first)</source>
        <translation>Die Sitzung beenden (mit Rückfrage)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lying-down mode</source>
        <translation>&amp;Liegemodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen: just the countdown, huge</source>
        <translation>Vollbild: nur die Restzeit, ganz groß</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload routines</source>
        <translation>Übungen &amp;neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the routine files again</source>
        <translation>Die Übungsdateien noch einmal einlesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;my routines folder</source>
        <translation>&amp;Ordner mit eigenen Übungen öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where your own routine files go</source>
        <translation>Hier liegen Ihre eigenen Übungsdateien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past sessions, pain ratings and the plan</source>
        <translation>Frühere Sitzungen, Schmerzwerte und der Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export history…</source>
        <translation>Verlauf e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your history as a CSV file</source>
        <translation>Ihren Verlauf als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound, voice, sides and more</source>
        <translation>Töne, Stimme, Seiten und mehr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit acutimer</source>
        <translation>acutimer beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Safety</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When to see a doctor, and pressing safely</source>
        <translation>Wann Sie zum Arzt gehen sollten, und sicher drücken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About acutimer</source>
        <translation>Ü&amp;ber acutimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What acutimer is, and what the evidence says</source>
        <translation>Was acutimer ist und was die Studien sagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{key} or {other}</source>
        <translation>{key} oder {other}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
</context>
<context>
    <name>Announcements</name>
    <message>
        <location filename="../../../acutimer/ui/accessibility.py" line="+18"/>
        <source>{phase}, {duration}.</source>
        <translation>{phase}, {duration}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phase}, {duration}. {where}.</source>
        <translation>{phase}, {duration}. {where}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going on. {phase}, {remaining} left.</source>
        <translation>Es geht weiter. {phase}, noch {remaining}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The routine is finished. {summary}</source>
        <translation>Die Übung ist zu Ende. {summary}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional step: {title}. Press Space to do it, or Right to skip it.</source>
        <translation>Freiwilliger Schritt: {title}. Leertaste zum Mitmachen, Pfeil nach rechts zum Überspringen.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../../acutimer/app.py" line="+68"/>
        <source>The point library cannot be read:</source>
        <translation>Die Punktesammlung kann nicht gelesen werden:</translation>
    </message>
</context>
<context>
    <name>BROKEN_ROUTINE</name>
    <message numerus="yes">
        <location filename="../../../acutimer/ui/broken_routine.py" line="+29"/>
        <source>Fix %n problem(s) before this routine file can be used:</source>
        <translation>
            <numerusform>Beheben Sie diesen Fehler, bevor Sie die Übungsdatei verwenden können:</numerusform>
            <numerusform>Beheben Sie diese %n Fehler, bevor Sie die Übungsdatei verwenden können:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrokenRoutine</name>
    <message>
        <location line="-8"/>
        <source>line {line}, column {column}:</source>
        <translation>Zeile {line}, Spalte {column}:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the folder, fix the file in a text editor, save it, then press &lt;b&gt;Reload&lt;/b&gt;.</source>
        <translation>Öffnen Sie den Ordner, korrigieren Sie die Datei in einem Texteditor, speichern Sie sie und klicken Sie dann auf &lt;b&gt;Neu laden&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>CautionWords</name>
    <message>
        <location filename="../../../acutimer/ui/details_parts.py" line="+31"/>
        <source>varicose</source>
        <translation>krampfader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>swollen</source>
        <translation>geschwollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pregnan</source>
        <translation>schwanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fracture</source>
        <translation>bruch</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <location filename="../../../acutimer/qt/cues.py" line="+44"/>
        <source>Done. Well done.</source>
        <translation>Fertig. Gut gemacht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press the point now.</source>
        <translation>Drücken Sie jetzt den Punkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going on</source>
        <translation>Es geht weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going on. {cue}</source>
        <translation>Es geht weiter. {cue}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional step: {title}. Press Space to do it, or Right to skip it.</source>
        <translation>Freiwilliger Schritt: {title}. Leertaste zum Mitmachen, Pfeil nach rechts zum Überspringen.</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Sound cues are unavailable: {problem}. The countdown flashes instead.</source>
        <translation>Töne sind nicht verfügbar: {problem}. Stattdessen blinkt die Restzeit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some cue sounds cannot be played ({names}); those cues only flash.</source>
        <translation>Einige Töne können nicht abgespielt werden ({names}); diese Signale blinken nur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spoken cues are unavailable ({problem}); tones play instead.</source>
        <translation>Gesprochene Hinweise sind nicht verfügbar ({problem}); stattdessen erklingen Töne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The voice is not responding; tones play instead.</source>
        <translation>Die Stimme antwortet nicht; stattdessen erklingen Töne.</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <location filename="../../../acutimer/ui/diagram_view.py" line="+91"/>
        <source>Diagram: {point} ({english}) on the {region}, {side}</source>
        <extracomment>The colours the SVGs are drawn in (the light palette), by role.</extracomment>
        <translation>Abbildung: {point} ({english}), {region}, {side}</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>left</source>
        <comment>the person&apos;s own side</comment>
        <translation>links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right</source>
        <comment>the person&apos;s own side</comment>
        <translation>rechts</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{lead}: {side}</source>
        <translation>{lead}: {side}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>either side</source>
        <translation>beliebige Seite</translation>
    </message>
</context>
<context>
    <name>END_SCREEN</name>
    <message numerus="yes">
        <location filename="../../../acutimer/ui/end_screen.py" line="+185"/>
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>{done} von %n Schritt erledigt</numerusform>
            <numerusform>{done} von %n Schritten erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n held longer</source>
        <translation>
            <numerusform>%n länger gehalten</numerusform>
            <numerusform>%n länger gehalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndScreen</name>
    <message>
        <location line="-172"/>
        <source>pressing</source>
        <translation>Drücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>massage</source>
        <translation>Massieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resting</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ice</source>
        <translation>Eis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the routine</source>
        <translation>die Übung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Session stopped</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session ended: most steps were skipped</source>
        <translation>Sitzung zu Ende: die meisten Schritte wurden übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Well done: routine finished</source>
        <translation>Gut gemacht: Übung abgeschlossen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pain {before} → {after}</source>
        <translation>Schmerz {before} → {after}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Session summary</source>
        <translation>Zusammenfassung der Sitzung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pain before and after</source>
        <translation>Schmerz vorher und nachher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much does your back hurt now? (optional)</source>
        <translation>Wie stark schmerzt Ihr Rücken jetzt? (freiwillig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acupressure does not treat serious causes of back pain. See a doctor if your pain does not ease after a couple of days (Help &gt; Safety lists the warning signs).</source>
        <translation>Akupressur behandelt keine ernsten Ursachen von Rückenschmerzen. Gehen Sie zum Arzt, wenn Ihre Schmerzen nach ein paar Tagen nicht nachlassen (Hilfe &gt; Sicherheit nennt die Warnzeichen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: back to the routines</source>
        <translation>Fertig: zurück zu den Übungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the routines (Enter)</source>
        <translation>Zurück zu den Übungen (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{routine}: {duration} of {activity}</source>
        <translation>{routine}: {duration} {activity}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{done} ({details})</source>
        <translation>{done} ({details})</translation>
    </message>
</context>
<context>
    <name>FixBar</name>
    <message>
        <location filename="../../../acutimer/ui/broken_routine.py" line="+20"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the folder that holds your routine files</source>
        <translation>Den Ordner mit Ihren Übungsdateien zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the routine files again (F5)</source>
        <translation>Die Übungsdateien noch einmal einlesen (F5)</translation>
    </message>
</context>
<context>
    <name>HoldLimit</name>
    <message>
        <location filename="../../../acutimer/ui/hold_limit.py" line="+15"/>
        <source>+15 s is off: it lengthens only a press, hold or massage.</source>
        <translation>+15 s ist aus: Es verlängert nur Drücken, Halten oder Massieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>+15 s is off: {point} is pressed lightly and briefly, {duration} at most, never longer.</source>
        <translation>+15 s ist aus: {point} wird nur leicht und kurz gedrückt, höchstens {duration}, nie länger.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+15 s is off: this point is pressed lightly and briefly, {duration} at most, never longer.</source>
        <translation>+15 s ist aus: Dieser Punkt wird nur leicht und kurz gedrückt, höchstens {duration}, nie länger.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>+15 s is off: {point} is held for {duration} at most.</source>
        <translation>+15 s ist aus: {point} wird höchstens {duration} gehalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+15 s is off: this point is held for {duration} at most.</source>
        <translation>+15 s ist aus: Dieser Punkt wird höchstens {duration} gehalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>+15 s is off: this step already has {duration} extra, the most one step takes.</source>
        <translation>+15 s ist aus: Dieser Schritt hat schon {duration} mehr, das ist das Höchste für einen Schritt.</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <location filename="../../../acutimer/instance.py" line="+35"/>
        <source>Reminders cannot be shown on this desktop: {why}. When a session is due, acutimer shows it in its window instead.</source>
        <translation>Erinnerungen können auf diesem Desktop nicht angezeigt werden: {why}. Wenn eine Sitzung fällig ist, zeigt acutimer das stattdessen in seinem Fenster.</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>there is no D-Bus session bus</source>
        <translation>es gibt keinen D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no notification service</source>
        <translation>kein Benachrichtigungsdienst</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../acutimer/ui/main_window.py" line="+117"/>
        <source>Loading routines…</source>
        <translation>Übungen werden geladen…</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Some routine files have problems: {names}</source>
        <translation>Einige Übungsdateien haben Fehler: {names}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your routines could not be listed: {problem}</source>
        <translation>Ihre Übungen konnten nicht aufgelistet werden: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no routine called &apos;{id}&apos;.</source>
        <translation>Es gibt keine Übung namens „{id}“.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Stop the session?</source>
        <translation>Sitzung beenden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop now? What you have done so far is kept.</source>
        <translation>Jetzt beenden? Was Sie bisher gemacht haben, bleibt gespeichert.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>A session is running. Stop it and quit?</source>
        <translation>Eine Sitzung läuft. Beenden und acutimer schließen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>PICKER</name>
    <message numerus="yes">
        <location filename="../../../acutimer/ui/picker.py" line="+231"/>
        <source>⚠ Needs fixing: %n problem(s)</source>
        <translation>
            <numerusform>⚠ Zu korrigieren: %n Fehler</numerusform>
            <numerusform>⚠ Zu korrigieren: %n Fehler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PauseSymbol</name>
    <message>
        <location filename="../../../acutimer/ui/pause_symbol.py" line="+17"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <location filename="../../../acutimer/ui/phases.py" line="+31"/>
        <source>GET READY</source>
        <translation>VORBEREITEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRESS</source>
        <translation>DRÜCKEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOLD</source>
        <translation>HALTEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RELEASE</source>
        <translation>LOSLASSEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REST</source>
        <translation>AUSRUHEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MASSAGE</source>
        <translation>MASSIEREN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICE</source>
        <translation>EIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SWITCH SIDES</source>
        <translation>SEITE WECHSELN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Get ready</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press</source>
        <translation>Drücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Loslassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Massage</source>
        <translation>Massieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ice</source>
        <translation>Eis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
</context>
<context>
    <name>PointInfo</name>
    <message>
        <location filename="../../../acutimer/ui/point_info.py" line="+24"/>
        <source>Where:</source>
        <translation>Wo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to find it:</source>
        <translation>So finden Sie ihn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to press:</source>
        <translation>So drücken Sie:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Good to know:</source>
        <translation>Gut zu wissen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cautions:</source>
        <translation>Vorsicht:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>More about {point}</source>
        <translation>Mehr über {point}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <location filename="../../../acutimer/qt/remote.py" line="+181"/>
        <location line="+26"/>
        <source>No routine is running.</source>
        <translation>Es läuft keine Übung.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>First read the safety notice in the acutimer window.</source>
        <translation>Lesen Sie zuerst den Sicherheitshinweis im acutimer-Fenster.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No routine is selected to start (choose one in the acutimer window).</source>
        <translation>Es ist keine Übung zum Starten ausgewählt (wählen Sie eine im acutimer-Fenster).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The routine is already paused.</source>
        <translation>Die Übung ist schon angehalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The routine is already running.</source>
        <translation>Die Übung läuft schon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a press, hold or massage can be held longer, not a {kind}.</source>
        <translation>Nur Drücken, Halten oder Massieren lässt sich verlängern, nicht diese Phase.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{control} does not apply at this moment.</source>
        <translation>Das ist in diesem Moment nicht möglich.</translation>
    </message>
</context>
<context>
    <name>RoutineDetails</name>
    <message>
        <location filename="../../../acutimer/ui/details_parts.py" line="-15"/>
        <source>Firm, steady pressure that does not hurt. Never on broken, bruised or irritated skin. Stop if anything feels wrong.</source>
        <translation>Fester, gleichmäßiger Druck, der nicht wehtut. Nie auf verletzter, geprellter oder gereizter Haut. Hören Sie auf, wenn sich etwas falsch anfühlt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take the ice off at once if the skin burns, goes numb or turns white.</source>
        <translation>Nehmen Sie das Eis sofort ab, wenn die Haut brennt, taub oder weiß wird.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(includes {duration} to switch sides)</source>
        <translation>(davon {duration} zum Seitenwechsel)</translation>
    </message>
    <message>
        <location filename="../../../acutimer/ui/picker.py" line="+200"/>
        <source>&lt;b&gt;For:&lt;/b&gt; {audience}</source>
        <translation>&lt;b&gt;Für:&lt;/b&gt; {audience}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Time:&lt;/b&gt; {time}</source>
        <translation>&lt;b&gt;Dauer:&lt;/b&gt; {time}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cautions</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The points</source>
        <translation>Die Punkte</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pregnancy mode leaves out:</source>
        <translation>Der Schwangerschaftsmodus lässt weg:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Nothing is left of this routine in pregnancy mode.&lt;/b&gt; Choose another routine.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Im Schwangerschaftsmodus bleibt von dieser Übung nichts übrig.&lt;/b&gt; Wählen Sie eine andere Übung.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Points in this routine with a pregnancy caution:</source>
        <translation>Punkte dieser Übung mit einem Vorsichtshinweis für die Schwangerschaft:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick &lt;i&gt;Also leave out points with a pregnancy caution&lt;/i&gt; below to leave them out too.</source>
        <translation>Kreuzen Sie unten &lt;i&gt;Auch Punkte mit Schwangerschaftshinweis weglassen&lt;/i&gt; an, um auch diese wegzulassen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No point in this routine carries a pregnancy caution.</source>
        <translation>Kein Punkt dieser Übung hat einen Vorsichtshinweis für die Schwangerschaft.</translation>
    </message>
</context>
<context>
    <name>RoutineFiles</name>
    <message>
        <location filename="../../../acutimer/routine_files.py" line="+75"/>
        <source>the built-in routine &apos;{title}&apos; has the id &apos;{id}&apos;; give yours another id (the line &apos;id:&apos;)</source>
        <translation>die mitgelieferte Übung „{title}“ hat die ID „{id}“; geben Sie Ihrer eine andere ID (die Zeile „id:“)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>too many files with the same name</source>
        <translation>zu viele Dateien mit demselben Namen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>built-in routines cannot be deleted</source>
        <translation>mitgelieferte Übungen können nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write the file: {reason}</source>
        <translation>die Datei kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>two files have the id &apos;{id}&apos;</source>
        <translation>zwei Dateien haben die ID „{id}“</translation>
    </message>
</context>
<context>
    <name>RoutineList</name>
    <message>
        <location filename="../../../acutimer/ui/routine_list.py" line="+38"/>
        <source>Quick (3 minutes or less)</source>
        <translation>Kurz (3 Minuten oder weniger)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By body area</source>
        <translation>Nach Körperbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The full session</source>
        <translation>Die ganze Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your routines</source>
        <translation>Ihre Übungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need fixing</source>
        <translation>Zu korrigieren</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>an ice pack, no pressing</source>
        <translation>ein Kühlpack, kein Drücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no points to press</source>
        <translation>keine Punkte zum Drücken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{regions} and more</source>
        <translation>{regions} und mehr</translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <location filename="../../../acutimer/ui/picker.py" line="-411"/>
        <source>Routines</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Routine details</source>
        <translation>Einzelheiten zur Übung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which side hurts more? It goes first.</source>
        <translation>Welche Seite schmerzt mehr? Sie kommt zuerst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Left</source>
        <translation>&amp;Links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Right</source>
        <translation>&amp;Rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left side first</source>
        <translation>Linke Seite zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right side first</source>
        <translation>Rechte Seite zuerst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pregnancy mode: leave out points never pressed in pregnancy (LI4, KI1)</source>
        <translation>&amp;Schwangerschaftsmodus: ohne Punkte, die Schwangere meiden (LI4, KI1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnancy mode</source>
        <translation>Schwangerschaftsmodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also leave &amp;out points with a pregnancy caution</source>
        <translation>Auch Punkte mit Schwangerschaftshinweis &amp;weglassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also leave out points with a pregnancy caution</source>
        <translation>Auch Punkte mit Schwangerschaftshinweis weglassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before you start: how much does your back hurt? (optional)</source>
        <translation>Bevor Sie beginnen: Wie stark schmerzt Ihr Rücken? (freiwillig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the routine</source>
        <translation>Die Übung starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the routine (Space)</source>
        <translation>Die Übung starten (Leertaste)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{title} (yours)</source>
        <translation>{title} (eigene)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not available in pregnancy mode (leaves out {points})</source>
        <translation>Nicht im Schwangerschaftsmodus verfügbar (lässt {points} weg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(leaves out {points})</source>
        <translation>(lässt {points} weg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ not in pregnancy</source>
        <translation>⚠ nicht in der Schwangerschaft</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Choose a routine on the left.</source>
        <translation>Wählen Sie links eine Übung.</translation>
    </message>
</context>
<context>
    <name>SETTINGS_DIALOG</name>
    <message numerus="yes">
        <location filename="../../../acutimer/ui/settings_dialog.py" line="+157"/>
        <source>%n session(s) a week</source>
        <translation>
            <numerusform>%n Sitzung pro Woche</numerusform>
            <numerusform>%n Sitzungen pro Woche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyNote</name>
    <message>
        <location filename="../../../acutimer/ui/safety_dialog.py" line="-144"/>
        <source>If you are pregnant, ask your midwife or doctor before you start, and turn on &lt;b&gt;Pregnancy mode&lt;/b&gt;. It leaves out the points traditionally never pressed in pregnancy (LI4 on the hand, KI1 on the sole), shows the points some guides advise care with, and can leave those out too. In later pregnancy, lie on your side rather than flat on your back.</source>
        <translation>Wenn Sie schwanger sind, fragen Sie vor dem Beginn Ihre Hebamme oder Ihre Ärztin bzw. Ihren Arzt und schalten Sie den &lt;b&gt;Schwangerschaftsmodus&lt;/b&gt; ein. Er lässt die Punkte weg, die in der Schwangerschaft traditionell nie gedrückt werden (LI4 an der Hand, KI1 an der Fußsohle), zeigt die Punkte, bei denen manche Ratgeber zur Vorsicht raten, und kann auch diese weglassen. In der späteren Schwangerschaft liegen Sie besser auf der Seite als flach auf dem Rücken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acutimer is a timer and a guide, not medical advice.</source>
        <translation>acutimer ist ein Zeitgeber und eine Anleitung, keine ärztliche Beratung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Press firmly and steadily, but never so hard that it hurts. Never press on broken, bruised or irritated skin, or on the spine itself. Stop if anything feels wrong.</source>
        <translation>Drücken Sie fest und gleichmäßig, aber nie so stark, dass es wehtut. Drücken Sie nie auf verletzte, geprellte oder gereizte Haut und nie auf die Wirbelsäule selbst. Hören Sie auf, wenn sich etwas falsch anfühlt.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
</context>
<context>
    <name>SessionRecord</name>
    <message>
        <location filename="../../../acutimer/ui/session_record.py" line="+53"/>
        <source>{problem} The routine itself was not affected.</source>
        <translation>{problem} Die Übung selbst ist davon nicht betroffen.</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../../acutimer/ui/session_view.py" line="+57"/>
        <source>Paused. Press Space to go on.</source>
        <translation>Angehalten. Drücken Sie die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused by itself: the computer was asleep or busy. Press Space to go on.</source>
        <translation>Von selbst angehalten: Der Computer war im Ruhezustand oder ausgelastet. Drücken Sie die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Space: do it   ·   Right: skip it</source>
        <translation>Leertaste: mitmachen   ·   Pfeil rechts: überspringen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Round {round} of {rounds}</source>
        <translation>Runde {round} von {rounds}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{side} at once</source>
        <translation>{side} gleichzeitig</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time left in this phase</source>
        <translation>Restzeit dieser Phase</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Side and round</source>
        <translation>Seite und Runde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sound and voice</source>
        <translation>Töne und Stimme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instruction</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+148"/>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Progress through the routine</source>
        <translation>Fortschritt der Übung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time left in all</source>
        <translation>Restzeit insgesamt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the point is</source>
        <translation>Wo der Punkt liegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More about this point</source>
        <translation>Mehr über diesen Punkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where it is, how to find and press it, and its cautions</source>
        <translation>Wo er liegt, wie Sie ihn finden und drücken, und worauf Sie achten sollten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps; activate one to go there</source>
        <translation>Schritte; einen auswählen, um dorthin zu gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a step to go there</source>
        <translation>Klicken Sie auf einen Schritt, um dorthin zu gehen</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Step {number} of {steps}: {title} (optional)</source>
        <translation>Schritt {number} von {steps}: {title} (freiwillig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {number} of {steps}: {title}</source>
        <translation>Schritt {number} von {steps}: {title}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>More about {point}</source>
        <translation>Mehr über {point}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>First</source>
        <translation>Zuerst</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>OPTIONAL: {phase}</source>
        <translation>FREIWILLIG: {phase}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PAUSED</source>
        <translation>ANGEHALTEN</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Next: the end of the routine</source>
        <translation>Als Nächstes: das Ende der Übung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: {phase} {duration}</source>
        <translation>Als Nächstes: {phase}, {duration}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: {phase} {duration}, {title}, {side}</source>
        <translation>Als Nächstes: {phase}, {duration}, {title}, {side}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: {phase} {duration}, {title}</source>
        <translation>Als Nächstes: {phase}, {duration}, {title}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{time} left in all</source>
        <translation>Noch {time} insgesamt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Added {added}: {total} in all.</source>
        <translation>{added} dazu: {total} insgesamt.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>{title}, {side} (optional)</source>
        <translation>{title}, {side} (freiwillig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} (optional)</source>
        <translation>{title} (freiwillig)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../../acutimer/ui/settings_dialog.py" line="-107"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play sounds between steps</source>
        <translation>Töne zwischen den Schritten abspielen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+53"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Speak what to do next</source>
        <translation>Ansagen, was als Nächstes zu tun ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No speech engine was found on this computer; tones will play.</source>
        <translation>Auf diesem Computer wurde keine Sprachausgabe gefunden; es erklingen Töne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soft ticks in the last three seconds</source>
        <translation>Leises Ticken in den letzten drei Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a test cue</source>
        <translation>Probesignal abspielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hear the sound and the voice as they are set here</source>
        <translation>Töne und Stimme so hören, wie sie hier eingestellt sind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left</source>
        <comment>side to start with</comment>
        <translation>links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right</source>
        <comment>side to start with</comment>
        <translation>rechts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side to start with</source>
        <translation>Seite, mit der Sie beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnancy mode: leave out points never pressed in pregnancy</source>
        <translation>Schwangerschaftsmodus: ohne Punkte, die Schwangere meiden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also leave out points with a pregnancy caution</source>
        <translation>Auch Punkte mit Schwangerschaftshinweis weglassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the window on top during a session</source>
        <translation>Fenster während einer Sitzung im Vordergrund halten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast: black and white, stronger colours</source>
        <translation>Hoher Kontrast: Schwarz und Weiß, kräftigere Farben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also on whenever the desktop asks for high contrast</source>
        <translation>Auch immer dann an, wenn der Desktop hohen Kontrast verlangt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Wie im System eingestellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The new language shows when acutimer starts again.</source>
        <translation>Die neue Sprache erscheint, wenn acutimer das nächste Mal startet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sessions a week in the plan</source>
        <translation>Sitzungen pro Woche im Plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start with the</source>
        <translation>Beginnen mit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sound and voice</source>
        <translation>Töne und Stimme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During a session</source>
        <translation>Während einer Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your plan</source>
        <translation>Ihr Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
</context>
<context>
    <name>SoundOutput</name>
    <message>
        <location filename="../../../acutimer/qt/sound.py" line="+164"/>
        <source>no sound output was found</source>
        <translation>es wurde keine Tonausgabe gefunden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the sound output could not be opened</source>
        <translation>die Tonausgabe ließ sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the sound output stopped working</source>
        <translation>die Tonausgabe funktioniert nicht mehr</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../../acutimer/qt/speech.py" line="+174"/>
        <source>no speech engine was chosen</source>
        <translation>es wurde keine Sprachausgabe gewählt</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>speech-dispatcher is not running</source>
        <translation>speech-dispatcher läuft nicht</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{program} is not installed</source>
        <translation>{program} ist nicht installiert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>speech-dispatcher did not start</source>
        <translation>speech-dispatcher ist nicht gestartet</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../../acutimer/ui/tray.py" line="+40"/>
        <source>Start the last routine</source>
        <translation>Letzte Übung starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show acutimer</source>
        <translation>acutimer zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{app}: {time} left</source>
        <translation>{app}: noch {time}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resume</source>
        <translation>Weitermachen</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../../acutimer/ui/window_menus.py" line="+54"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Controls</source>
        <translation>Steuerung</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../../acutimer/ui/words.py" line="+28"/>
        <source>Skip step</source>
        <translation>Schritt überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip rating</source>
        <translation>Bewertung überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do it</source>
        <translation>Machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
</context>
<context>
    <name>_Overlay</name>
    <message>
        <location filename="../../../acutimer/ui/flash.py" line="+30"/>
        <source>Visual cue</source>
        <translation>Sichtbares Signal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short glow in the colour of the phase that begins</source>
        <translation>Ein kurzes Aufleuchten in der Farbe der beginnenden Phase</translation>
    </message>
</context>
</TS>
