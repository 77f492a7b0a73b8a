<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>EditorDocument</name>
    <message>
        <location filename="../../../acutimer/ui/editor/document.py" line="+191"/>
        <source>Change {field}</source>
        <translation>{field} ändern</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>another routine already has the id {id}</source>
        <translation>eine andere Übung hat schon die Kennung {id}</translation>
    </message>
</context>
<context>
    <name>EditorProblems</name>
    <message>
        <location filename="../../../acutimer/ui/editor/window.py" line="+61"/>
        <source>The routine</source>
        <translation>Die Übung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item {number}</source>
        <translation>Eintrag {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>step {number} of the group</source>
        <translation>Schritt {number} der Gruppe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>phase {number}</source>
        <translation>Phase {number}</translation>
    </message>
</context>
<context>
    <name>EditorWords</name>
    <message>
        <location filename="../../../acutimer/ui/editor/words.py" line="+18"/>
        <source>file format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who it is for</source>
        <translation>Für wen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cautions</source>
        <translation>Vorsichtshinweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time to switch sides</source>
        <translation>Zeit zum Seitenwechsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instruction</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own words</source>
        <translation>Eigener Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routine to include</source>
        <translation>Eingebundene Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each-side group</source>
        <translation>Gruppe für jede Seite</translation>
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
    <message>
        <location line="+4"/>
        <source>each side in turn</source>
        <translation>jede Seite nacheinander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both sides at once</source>
        <translation>beide Seiten zugleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no side</source>
        <translation>keine Seite</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <location filename="../../../acutimer/ui/editor/forms.py" line="+351"/>
        <source>Time to switch sides in this group, seconds</source>
        <translation>Zeit zum Seitenwechsel in dieser Gruppe, in Sekunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as for the whole routine</source>
        <translation>wie für die ganze Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch sides</source>
        <translation>Seitenwechsel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The steps of this group are done on one side (the side that hurts more first), then all of them again on the other side, with time to switch between. Steps inside a group are always &apos;each side in turn&apos;.

Drag steps into the group, or select it and use Add step.</source>
        <translation>Die Schritte dieser Gruppe werden zuerst auf einer Seite gemacht (zuerst auf der Seite, die mehr schmerzt), dann alle noch einmal auf der anderen Seite, mit Zeit zum Wechseln dazwischen. Schritte in einer Gruppe sind immer „jede Seite nacheinander“.

Ziehen Sie Schritte in die Gruppe, oder wählen Sie die Gruppe aus und nutzen Sie „Neuer Schritt“.</translation>
    </message>
</context>
<context>
    <name>IncludeForm</name>
    <message>
        <location line="+30"/>
        <source>Routine to include</source>
        <translation>Einzubindende Übung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All the steps of another of your routines come here, in order, with its cautions. Only routines in your own folder can be included; use &apos;Customise a copy&apos; on a built-in routine first to include it.</source>
        <translation>Alle Schritte einer anderen Ihrer Übungen kommen an diese Stelle, der Reihe nach und mit ihren Vorsichtshinweisen. Nur Übungen in Ihrem eigenen Ordner lassen sich einbinden; für eine mitgelieferte Übung nutzen Sie zuerst „Kopie anpassen“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(choose a routine)</source>
        <translation>(Übung auswählen)</translation>
    </message>
</context>
<context>
    <name>PhaseRow</name>
    <message>
        <location line="-289"/>
        <source>Phase {number}: kind</source>
        <translation>Phase {number}: Art</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phase {number}: seconds</source>
        <translation>Phase {number}: Sekunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phase {number}: words</source>
        <translation>Phase {number}: Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its own words (default: the instruction)</source>
        <translation>Eigener Text (sonst gilt die Anleitung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove phase {number}</source>
        <translation>Phase {number} entfernen</translation>
    </message>
</context>
<context>
    <name>PointPicker</name>
    <message>
        <location filename="../../../acutimer/ui/editor/point_picker.py" line="+47"/>
        <source>Search points: code, name or body part</source>
        <translation>Punkte suchen: Code, Name oder Körperteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search points</source>
        <translation>Punkte suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No point (getting ready, ice, rest)</source>
        <translation>Kein Punkt (Vorbereiten, Eis, Ausruhen)</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../../../acutimer/ui/editor/window.py" line="+48"/>
        <source>Choose a step on the left, or add one.</source>
        <translation>Wählen Sie links einen Schritt aus, oder fügen Sie einen hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems to fix before saving</source>
        <translation>Fehler, die vor dem Speichern zu beheben sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speed of the trial run</source>
        <translation>Tempo des Probelaufs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at </source>
        <comment>before the speed: &apos;at 10× speed&apos;</comment>
        <translation>mit </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>× speed</source>
        <comment>after the speed: &apos;at 10× speed&apos;</comment>
        <translation>-fachem Tempo</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+79"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+78"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;step</source>
        <translation>&amp;Schritt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add each-side &amp;group</source>
        <translation>&amp;Gruppe für jede Seite hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;include</source>
        <translation>Andere Übung ein&amp;binden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+78"/>
        <location line="+218"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Timeline…</source>
        <translation>&amp;Ablauf …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ry it</source>
        <translation>Aus&amp;probieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{action} ({keys})</source>
        <comment>a command and its keys: &apos;Remove (Ctrl+Del)&apos;</comment>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Steps</source>
        <translation>Sch&amp;ritte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Rückgängig: {change}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Wiederholen: {change}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Routine</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps (drag, or Alt+Up and Alt+Down, to reorder)</source>
        <translation>Schritte (zum Umordnen ziehen oder Alt+Pfeil hoch/runter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add step</source>
        <translation>Neuer Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include…</source>
        <translation>Einbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+202"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+119"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Total {time}</source>
        <translation>Gesamt {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{place}: {problem}</source>
        <comment>where a problem is, and what it is</comment>
        <translation>{place}: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ No problems: the routine can be saved.</source>
        <translation>✓ Keine Fehler: Die Übung kann gespeichert werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New routine</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} — routine editor</source>
        <translation>{title} – Übung bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} * — routine editor</source>
        <translation>{title} * – Übung bearbeiten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Each-side group</source>
        <translation>Gruppe für jede Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include</source>
        <translation>Einbindung</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Add a step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an each-side group</source>
        <translation>Gruppe für jede Seite hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an include</source>
        <translation>Andere Übung einbinden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title} (again)</source>
        <comment>the title of a duplicated step</comment>
        <translation>{title} (noch einmal)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rewrite the file?</source>
        <translation>Datei neu schreiben?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This routine file was written by hand. Steps were added, removed or moved, so saving writes the whole file again in the usual layout: its comments and its own layout will be lost. Save anyway?</source>
        <translation>Diese Übungsdatei wurde von Hand geschrieben. Schritte wurden hinzugefügt, entfernt oder verschoben, deshalb schreibt das Speichern die ganze Datei neu im üblichen Aufbau: Ihre Kommentare und ihr eigener Aufbau gehen verloren. Trotzdem speichern?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The routine could not be saved:
{reason}</source>
        <translation>Die Übung konnte nicht gespeichert werden:
{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to {file}</source>
        <translation>Gespeichert in {file}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the routine?</source>
        <translation>Übung speichern?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save your changes before closing?</source>
        <translation>Möchten Sie Ihre Änderungen vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <location filename="../../../acutimer/ui/editor/forms.py" line="-58"/>
        <source>Routine title</source>
        <translation>Titel der Übung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. My physio&apos;s stretches</source>
        <translation>z. B. Dehnübungen von meiner Physiotherapeutin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine id</source>
        <translation>Kennung der Übung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>short name, e.g. my-stretches</source>
        <translation>Kurzname, z. B. meine-dehnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the routine does, in a sentence or two</source>
        <translation>Was die Übung bewirkt, in ein oder zwei Sätzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who it is for</source>
        <translation>Für wen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. People with ordinary low back pain</source>
        <translation>z. B. Menschen mit gewöhnlichen Schmerzen im unteren Rücken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cautions</source>
        <translation>Vorsichtshinweise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One caution per line (optional)</source>
        <translation>Ein Hinweis pro Zeile (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to switch sides, seconds</source>
        <translation>Zeit zum Seitenwechsel, in Sekunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id</source>
        <translation>&amp;Kennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;For</source>
        <translation>&amp;Für wen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cautions</source>
        <translation>&amp;Vorsichtshinweise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch sides</source>
        <translation>Seitenwechsel</translation>
    </message>
</context>
<context>
    <name>RoutineMenu</name>
    <message>
        <location filename="../../../acutimer/ui/editor/routine_menu.py" line="+69"/>
        <source>&amp;New routine…</source>
        <translation>&amp;Neue Übung …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit routine…</source>
        <translation>Übung bearbei&amp;ten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customise a copy…</source>
        <translation>&amp;Kopie anpassen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import routine…</source>
        <translation>Übung &amp;importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport routine…</source>
        <translation>Übung e&amp;xportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete routine…</source>
        <translation>Übung &amp;löschen …</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>This file cannot be opened in the editor</source>
        <translation>Diese Datei lässt sich im Editor nicht öffnen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{title} (my copy)</source>
        <comment>the title of a customised copy</comment>
        <translation>{title} (meine Kopie)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import routines</source>
        <translation>Übungen importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine files (*.yaml *.yml)</source>
        <translation>Übungsdateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} was not imported</source>
        <translation>{file} wurde nicht importiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>another of these files already brought the id {id}</source>
        <translation>eine andere dieser Dateien hat schon die Kennung {id} mitgebracht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You already have a routine with the id {id} ({title}). Replace it with the one from {file}?</source>
        <translation>Sie haben schon eine Übung mit der Kennung {id} ({title}). Soll sie durch die aus {file} ersetzt werden?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace your routine?</source>
        <translation>Ihre Übung ersetzen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{id} (its includes written out in it)</source>
        <translation>{id} (eingebundene Übungen darin ausgeschrieben)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported {routines}.</source>
        <translation>Importiert: {routines}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export routine</source>
        <translation>Übung exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine files (*.yaml)</source>
        <translation>Übungsdateien (*.yaml)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The routine was not exported</source>
        <translation>Die Übung wurde nicht exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to {file}</source>
        <translation>Exportiert nach {file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete your routine &apos;{title}&apos;? The file is moved to the &apos;deleted&apos; folder inside your routines folder.</source>
        <translation>Ihre Übung „{title}“ löschen? Die Datei wird in den Ordner „deleted“ in Ihrem Übungsordner verschoben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the routine?</source>
        <translation>Übung löschen?</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing was copied. Fix these problems in the file and try again:</source>
        <translation>Es wurde nichts kopiert. Beheben Sie diese Fehler in der Datei und versuchen Sie es noch einmal:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../../acutimer/ui/editor/forms.py" line="-61"/>
        <source>Each side in turn (one side, then the other)</source>
        <translation>Jede Seite nacheinander</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both sides at once (two thumbs)</source>
        <translation>Beide Seiten zugleich (mit zwei Daumen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No side</source>
        <translation>Keine Seite</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Step title</source>
        <translation>Titel des Schritts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Kidney Shu, both sides</source>
        <translation>z. B. Nieren-Shu, beide Seiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instruction</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do, in plain words</source>
        <translation>Was zu tun ist, in einfachen Worten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional (the person may skip it)</source>
        <translation>Kann übersprungen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;phase</source>
        <translation>Ph&amp;ase hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Rounds</source>
        <translation>R&amp;unden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step &amp;title</source>
        <translation>T&amp;itel des Schritts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nstruction</source>
        <translation>A&amp;nleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;oint</source>
        <translation>&amp;Punkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Si&amp;de</source>
        <translation>S&amp;eite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Choose the point</source>
        <translation>Punkt auswählen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove a phase</source>
        <translation>Phase entfernen</translation>
    </message>
</context>
<context>
    <name>StepLabels</name>
    <message>
        <location filename="../../../acutimer/ui/editor/step_list.py" line="+52"/>
        <source>(no title yet)</source>
        <translation>(noch ohne Titel)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n Runde</numerusform>
            <numerusform>%n Runden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location line="+63"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(choose a routine)</source>
        <translation>(Übung auswählen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include: {file}</source>
        <translation>Einbindung: {file}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each side in turn: these steps on one side, then the other</source>
        <translation>Jede Seite nacheinander: diese Schritte auf einer Seite, dann auf der anderen</translation>
    </message>
</context>
<context>
    <name>StripWords</name>
    <message numerus="yes">
        <location filename="../../../acutimer/ui/editor/timeline_strip.py" line="+44"/>
        <source>%n phase(s), {time} in all: {kinds}</source>
        <translation>
            <numerusform>%n Phase, insgesamt {time}: {kinds}</numerusform>
            <numerusform>%n Phasen, insgesamt {time}: {kinds}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <location line="-18"/>
        <source>Timeline</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not available until the problems are fixed</source>
        <translation>Erst verfügbar, wenn die Fehler behoben sind</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Fix the problems to see the timeline</source>
        <translation>Beheben Sie die Fehler, um den Ablauf zu sehen</translation>
    </message>
</context>
<context>
    <name>TryWindow</name>
    <message>
        <location filename="../../../acutimer/ui/editor/try_window.py" line="+39"/>
        <source>Timeline of {title}</source>
        <translation>Ablauf von {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Trying {title} at {speed}× speed</source>
        <translation>Probelauf von {title} mit {speed}-fachem Tempo</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+50"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Step {number}: {title} ({where})</source>
        <translation>Schritt {number}: {title} ({where})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {number}: {title}</source>
        <translation>Schritt {number}: {title}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{phase}   ({total} left)</source>
        <comment>the phase&apos;s time, and the routine&apos;s</comment>
        <translation>{phase}   (noch {total})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Resume</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FINISHED</source>
        <translation>FERTIG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STOPPED</source>
        <translation>ABGEBROCHEN</translation>
    </message>
</context>
</TS>
