<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Advice</name>
    <message>
        <location filename="../../../acutimer/history/advice.py" line="+27"/>
        <source>See a doctor or physiotherapist.</source>
        <translation>Gehen Sie zu einer Ärztin, einem Arzt oder in die Physiotherapie.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>That is a lot of pain</source>
        <translation>Das sind starke Schmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You rated your pain {rating} out of 10. Pain this strong should be checked by a doctor, especially if it is new or getting worse: acupressure does not treat serious causes of back pain.</source>
        <translation>Sie haben Ihre Schmerzen mit {rating} von 10 bewertet. So starke Schmerzen sollten ärztlich abgeklärt werden, besonders wenn sie neu sind oder schlimmer werden: Akupressur behandelt keine ernsten Ursachen von Rückenschmerzen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your pain went up</source>
        <translation>Ihre Schmerzen sind stärker geworden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your pain was {after} out of 10 after {routine}, higher than the {before} before it. Stop using this routine. If the pain stays higher, see a doctor.</source>
        <translation>Nach „{routine}“ lagen Ihre Schmerzen bei {after} von 10, höher als die {before} davor. Wenden Sie diese Übung nicht mehr an. Wenn die Schmerzen stärker bleiben, gehen Sie zu einer Ärztin oder einem Arzt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{see_someone} Your plan is over and your back still hurts: it deserves a proper look. Acupressure does not help everyone.</source>
        <translation>{see_someone} Ihr Plan ist zu Ende und Ihr Rücken tut noch weh: Das sollte genauer untersucht werden. Akupressur hilft nicht allen.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Your pain has not eased</source>
        <translation>Ihre Schmerzen sind nicht zurückgegangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over your last {count} rated sessions your pain has not come down. Acupressure does not help everyone, and back pain that does not ease deserves a proper look: please see a doctor or a physiotherapist. {see_a_doctor}</source>
        <translation>In Ihren letzten {count} bewerteten Sitzungen sind Ihre Schmerzen nicht zurückgegangen. Akupressur hilft nicht allen, und Rückenschmerzen, die nicht nachlassen, sollten genauer untersucht werden: Bitte gehen Sie zu einer Ärztin, einem Arzt oder in die Physiotherapie. {see_a_doctor}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your pain ratings have come down from about {first} to about {recent} out of 10 since your first sessions.</source>
        <translation>Ihre Schmerzbewertungen sind seit Ihren ersten Sitzungen von etwa {first} auf etwa {recent} von 10 gesunken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your pain ratings have gone up from about {first} to about {recent} out of 10 since your first sessions.</source>
        <translation>Ihre Schmerzbewertungen sind seit Ihren ersten Sitzungen von etwa {first} auf etwa {recent} von 10 gestiegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your pain ratings have stayed about the same, around {recent} out of 10.</source>
        <translation>Ihre Schmerzbewertungen sind etwa gleich geblieben, bei rund {recent} von 10.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Still hurting after one week?</source>
        <translation>Nach einer Woche noch Schmerzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still hurting after two weeks?</source>
        <translation>Nach zwei Wochen noch Schmerzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still hurting after three weeks?</source>
        <translation>Nach drei Wochen noch Schmerzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still hurting after four weeks?</source>
        <translation>Nach vier Wochen noch Schmerzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still hurting after five weeks?</source>
        <translation>Nach fünf Wochen noch Schmerzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still hurting after six weeks?</source>
        <translation>Nach sechs Wochen noch Schmerzen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Still hurting after {weeks} weeks?</source>
        <translation>Nach {weeks} Wochen noch Schmerzen?</translation>
    </message>
</context>
<context>
    <name>DueBanner</name>
    <message>
        <location filename="../../../acutimer/ui/due_banner.py" line="+36"/>
        <location line="+7"/>
        <source>Session due</source>
        <translation>Sitzung fällig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start now</source>
        <translation>Jetzt beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../../../acutimer/history/migrations.py" line="+93"/>
        <source>the history file is from a newer version of acutimer (schema {found}, this version knows up to {known})</source>
        <translation>die Verlaufsdatei stammt aus einer neueren Version von acutimer (Schema {found}, diese Version kennt bis {known})</translation>
    </message>
    <message>
        <location filename="../../../acutimer/history/store.py" line="+104"/>
        <source>Your history file was empty (0 bytes), so no session could be read from it. It has been kept at {path}, and a new history was started.</source>
        <translation>Ihre Verlaufsdatei war leer (0 Byte), daher konnte keine Sitzung daraus gelesen werden. Sie wurde unter {path} aufbewahrt, und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your history file was damaged. 1 session was recovered from it into a new history file; the damaged file has been kept at {path}.</source>
        <translation>Ihre Verlaufsdatei war beschädigt. 1 Sitzung wurde daraus in eine neue Verlaufsdatei gerettet; die beschädigte Datei wurde unter {path} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your history file was damaged. {count} sessions were recovered from it into a new history file; the damaged file has been kept at {path}.</source>
        <translation>Ihre Verlaufsdatei war beschädigt. {count} Sitzungen wurden daraus in eine neue Verlaufsdatei gerettet; die beschädigte Datei wurde unter {path} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your history file was damaged and no session could be read from it. It has been kept at {path}, and a new history was started.</source>
        <translation>Ihre Verlaufsdatei war beschädigt, und keine Sitzung konnte daraus gelesen werden. Sie wurde unter {path} aufbewahrt, und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+27"/>
        <location line="+54"/>
        <location line="+28"/>
        <source>History could not be saved.</source>
        <translation>Der Verlauf konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{path} could not be deleted ({reason})</source>
        <translation>{path} konnte nicht gelöscht werden ({reason})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>history could not be deleted ({reason})</source>
        <translation>der Verlauf konnte nicht gelöscht werden ({reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not everything was deleted: {failures}.</source>
        <translation>Nicht alles wurde gelöscht: {failures}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>History is not shown or saved: {reason}.</source>
        <translation>Der Verlauf wird weder angezeigt noch gespeichert: {reason}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>History cannot be saved: {reason}.</source>
        <translation>Der Verlauf kann nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>%a %d %b %H:%M</source>
        <extracomment>A strftime format; use numbers only (&quot;%d.%m. %H:%M&quot;): names would stay English.</extracomment>
        <translation>%d.%m. %H:%M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your last session, {routine} ({when}), was interrupted after {done} of {total} steps; what you did is kept in History.</source>
        <translation>Ihre letzte Sitzung, {routine} ({when}), wurde nach {done} von {total} Schritten unterbrochen; was Sie gemacht haben, steht im Verlauf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} sessions were interrupted, the last one ({routine}, {when}) after {done} of {total} steps; what you did is kept in History.</source>
        <translation>{count} Sitzungen wurden unterbrochen, die letzte ({routine}, {when}) nach {done} von {total} Schritten; was Sie gemacht haben, steht im Verlauf.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>History could not be read: {reason}.</source>
        <translation>Der Verlauf konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History could not be saved: {reason}.</source>
        <translation>Der Verlauf konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} could not be created or written to ({reason})</source>
        <translation>{folder} konnte nicht angelegt oder beschrieben werden ({reason})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the folder {folder} cannot be written to</source>
        <translation>in den Ordner {folder} kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another copy of acutimer is using the history file</source>
        <translation>ein anderes laufendes acutimer verwendet die Verlaufsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk reported an error</source>
        <translation>der Datenträger hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the history file {path} is damaged and could not be moved aside</source>
        <translation>die Verlaufsdatei {path} ist beschädigt und konnte nicht beiseitegelegt werden</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../../acutimer/ui/history_window.py" line="+54"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active time</source>
        <translation>Aktive Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain before → after</source>
        <translation>Schmerz vorher → nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under way</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete all my data…</source>
        <translation>Alle meine Daten &amp;löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;report as PDF…</source>
        <translation>&amp;Bericht als PDF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../../acutimer/ui/session_table.py" line="+83"/>
        <source>Past sessions</source>
        <translation>Bisherige Sitzungen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The history could not be exported to {path}: {reason}.</source>
        <translation>Der Verlauf konnte nicht nach {path} exportiert werden: {reason}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n session(s) to {path}.</source>
        <translation>
            <numerusform>%n Sitzung nach {path} exportiert.</numerusform>
            <numerusform>%n Sitzungen nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Delete every session, pain rating and note and %n damaged history file(s) kept earlier from this computer?

This cannot be undone.</source>
        <translation>
            <numerusform>Alle Sitzungen, Schmerzbewertungen und Notizen sowie %n früher aufbewahrte beschädigte Verlaufsdatei von diesem Computer löschen?

Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Alle Sitzungen, Schmerzbewertungen und Notizen sowie %n früher aufbewahrte beschädigte Verlaufsdateien von diesem Computer löschen?

Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete every session, pain rating and note from this computer?

This cannot be undone.</source>
        <translation>Alle Sitzungen, Schmerzbewertungen und Notizen von diesem Computer löschen?

Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All your history has been deleted.</source>
        <translation>Ihr gesamter Verlauf wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your plan</source>
        <translation>Ihr Plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aim for {goal}. The plan starts with your first finished session.</source>
        <translation>Ihr Ziel: {goal}. Der Plan beginnt mit Ihrer ersten abgeschlossenen Sitzung.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n session(s) this week (goal {goal})</source>
        <translation>
            <numerusform>%n Sitzung diese Woche (Ziel {goal})</numerusform>
            <numerusform>%n Sitzungen diese Woche (Ziel {goal})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n session(s) this week</source>
        <translation>
            <numerusform>%n Sitzung diese Woche</numerusform>
            <numerusform>%n Sitzungen diese Woche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You completed your plan: {done} of {target} sessions ({goal}, until {end}).</source>
        <translation>Sie haben Ihren Plan geschafft: {done} von {target} Sitzungen ({goal}, bis {end}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your plan ({goal}) ended on {end} with {done} of {target} sessions.</source>
        <translation>Ihr Plan ({goal}) endete am {end} mit {done} von {target} Sitzungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan: {goal}, until {end}. {done_against_target} sessions done.</source>
        <translation>Plan: {goal}, bis {end}. {done_against_target} Sitzungen erledigt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Week {week}: {done} of {target} sessions</source>
        <translation>Woche {week}: {done} von {target} Sitzungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week {week}: {done} sessions, goal {target}</source>
        <translation>Woche {week}: {done} Sitzungen, Ziel {target}</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n session(s), after the plan</source>
        <translation>
            <numerusform>%n Sitzung, nach dem Plan</numerusform>
            <numerusform>%n Sitzungen, nach dem Plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n session(s) a week for {weeks}</source>
        <translation>
            <numerusform>%n Sitzung pro Woche über {weeks}</numerusform>
            <numerusform>%n Sitzungen pro Woche über {weeks}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>On average your pain was {points} points lower after a session than before.</source>
        <translation>Im Durchschnitt waren Ihre Schmerzen nach einer Sitzung um {points} Punkte geringer als davor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sessions yet. Your sessions will appear here once you finish one.</source>
        <translation>Noch keine Sitzungen. Ihre Sitzungen erscheinen hier, sobald Sie eine abgeschlossen haben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>ddd d MMM</source>
        <extracomment>A QDate format: a day in the plan and the table (&quot;Mon 4 Mar&quot;).</extracomment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Week {number}, {first} to {last}</source>
        <translation>Woche {number}, {first} bis {last}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{done} of {goal}</source>
        <translation>{done} von {goal}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} (goal {goal})</source>
        <translation>{done} (Ziel {goal})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} of {total} ({skipped} skipped, {extended} extended)</source>
        <translation>{done} von {total} ({skipped} übersprungen, {extended} verlängert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{done} of {total} ({skipped} skipped)</source>
        <translation>{done} von {total} ({skipped} übersprungen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} of {total} ({extended} extended)</source>
        <translation>{done} von {total} ({extended} verlängert)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keep going at a pace that suits you, if it helps.</source>
        <translation>Wenn es Ihnen hilft, machen Sie in einem Tempo weiter, das zu Ihnen passt.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../../acutimer/dbus/notifications.py" line="+49"/>
        <source>Start now</source>
        <translation>Jetzt beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 30 minutes</source>
        <translation>In 30 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+17"/>
        <source>there is no D-Bus session bus</source>
        <translation>es gibt keinen D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>no notification server answered</source>
        <translation>kein Benachrichtigungsdienst hat geantwortet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no notification server</source>
        <translation>kein Benachrichtigungsdienst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open acutimer</source>
        <translation>acutimer öffnen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the notification server refused the reminder</source>
        <translation>der Benachrichtigungsdienst hat die Erinnerung abgelehnt</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../../acutimer/ui/outcome_questions.py" line="+68"/>
        <source>Questions for your report – acutimer</source>
        <translation>Fragen für Ihren Bericht – acutimer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Save answers</source>
        <translation>Antworten &amp;speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;kip these questions</source>
        <translation>Diese Fragen &amp;auslassen</translation>
    </message>
</context>
<context>
    <name>OutcomePrompt</name>
    <message>
        <location line="-41"/>
        <source>Your plan has started. For a report you can show your doctor or physiotherapist: one question about the past week (optional).</source>
        <translation>Ihr Plan hat begonnen. Für einen Bericht, den Sie Ihrer Ärztin, Ihrem Arzt oder in der Physiotherapie zeigen können: eine Frage zur vergangenen Woche (freiwillig).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your plan is complete. Two questions about how it went, for your report (optional).</source>
        <translation>Ihr Plan ist abgeschlossen. Zwei Fragen dazu, wie es gelaufen ist, für Ihren Bericht (freiwillig).</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Questions for your report</source>
        <translation>Fragen für Ihren Bericht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Answer…</source>
        <translation>&amp;Beantworten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip questions</source>
        <translation>Fragen auslassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the questions for your report</source>
        <translation>Die Fragen für Ihren Bericht auslassen</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <location filename="../../../acutimer/history/outcomes.py" line="+26"/>
        <source>Over the past week, how bad has your back pain been on average? 0 is no pain, 10 the worst pain you can imagine.</source>
        <translation>Wie stark waren Ihre Rückenschmerzen in der vergangenen Woche im Durchschnitt? 0 bedeutet keine Schmerzen, 10 die stärksten Schmerzen, die Sie sich vorstellen können.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since you started the plan, how would you describe the change in your back pain overall?</source>
        <translation>Wie würden Sie die Veränderung Ihrer Rückenschmerzen insgesamt beschreiben, seit Sie mit dem Plan begonnen haben?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Very much improved</source>
        <translation>Sehr viel besser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Much improved</source>
        <translation>Viel besser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimally improved</source>
        <translation>Ein wenig besser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change</source>
        <translation>Keine Veränderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimally worse</source>
        <translation>Ein wenig schlechter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Much worse</source>
        <translation>Viel schlechter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very much worse</source>
        <translation>Sehr viel schlechter</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../../acutimer/reports/pages.py" line="+234"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <location filename="../../../acutimer/ui/pain_chart.py" line="+61"/>
        <source>Pain before and after each session</source>
        <translation>Schmerzen vor und nach jeder Sitzung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pain chart</source>
        <translation>Schmerzverlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pain (0-10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No pain ratings yet. Each session you rate adds its pain here.</source>
        <translation>Noch keine Schmerzbewertungen. Jede Sitzung, die Sie bewerten, kommt hier hinzu.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n session(s) with pain ratings, on {first}.</source>
        <translation>
            <numerusform>%n Sitzung mit Schmerzbewertung, am {first}.</numerusform>
            <numerusform>%n Sitzungen mit Schmerzbewertung, am {first}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n session(s) with pain ratings, from {first} to {last}.</source>
        <translation>
            <numerusform>%n Sitzung mit Schmerzbewertung, vom {first} bis zum {last}.</numerusform>
            <numerusform>%n Sitzungen mit Schmerzbewertung, vom {first} bis zum {last}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Average pain before a session: {before} out of 10; after: {after} out of 10.</source>
        <translation>Schmerzen im Durchschnitt vor einer Sitzung: {before} von 10; danach: {after} von 10.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average pain before a session: {before} out of 10.</source>
        <translation>Schmerzen im Durchschnitt vor einer Sitzung: {before} von 10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average pain after a session: {after} out of 10.</source>
        <translation>Schmerzen im Durchschnitt nach einer Sitzung: {after} von 10.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>d MMMM</source>
        <extracomment>A QDate format: a day said in the chart&apos;s summary for screen readers (&quot;4 March&quot;).</extracomment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>ddd d MMM</source>
        <extracomment>A QDate format: a day on the chart&apos;s axis with its weekday (&quot;Mon 4 Mar&quot;).</extracomment>
        <translation>ddd d.M.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d MMM</source>
        <extracomment>A QDate format: a day on the chart&apos;s axis, no weekday (&quot;4 Mar&quot;).</extracomment>
        <translation>d.M.</translation>
    </message>
</context>
<context>
    <name>PainRating</name>
    <message>
        <location filename="../../../acutimer/ui/pain_rating.py" line="+24"/>
        <source>Choose one number from 0, no pain, to 10, the worst pain imaginable.</source>
        <translation>Wählen Sie eine Zahl von 0, keine Schmerzen, bis 10, die stärksten vorstellbaren Schmerzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much does your back hurt right now?</source>
        <translation>Wie stark schmerzt Ihr Rücken gerade?</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Pain rating</source>
        <translation>Schmerzbewertung</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>0 = No pain</source>
        <translation>0 = Keine Schmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 = Worst pain imaginable</source>
        <translation>10 = Stärkste vorstellbare Schmerzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click a number or type 0-9; the arrow keys move and Enter chooses.</source>
        <translation>Klicken Sie auf eine Zahl oder tippen Sie 0–9; die Pfeiltasten wechseln die Zahl, die Eingabetaste wählt sie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A short note, if you like (optional)</source>
        <translation>Eine kurze Notiz, wenn Sie möchten (freiwillig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Skip rating</source>
        <translation>Bewertung &amp;überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the pain rating</source>
        <translation>Die Schmerzbewertung überspringen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Advice</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>0, no pain</source>
        <translation>0, keine Schmerzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10, worst pain imaginable</source>
        <translation>10, stärkste vorstellbare Schmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} out of 10</source>
        <translation>{value} von 10</translation>
    </message>
</context>
<context>
    <name>Printables</name>
    <message>
        <location filename="../../../acutimer/ui/printables.py" line="+33"/>
        <source>acutimer report</source>
        <translation>acutimer-Bericht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>acutimer routine card</source>
        <translation>acutimer-Übungskarte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print – {document}</source>
        <translation>Drucken – {document}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PDF could not be saved to {path}: {reason}.</source>
        <translation>Das PDF konnte nicht unter {path} gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved {path} (1 page).</source>
        <translation>{path} gespeichert (1 Seite).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path} ({pages} pages).</source>
        <translation>{path} gespeichert ({pages} Seiten).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Print or save as PDF…</source>
        <translation>&amp;Drucken oder als PDF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print or save routine &amp;card…</source>
        <translation>Übungs&amp;karte drucken oder speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A one-page card of the routine, with its diagrams</source>
        <translation>Eine einseitige Karte der Übung, mit ihren Abbildungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;report as PDF…</source>
        <translation>Bericht als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your plan and pain ratings, for a clinician</source>
        <translation>Ihr Plan und Ihre Schmerzbewertungen, für Ärztin, Arzt oder Physiotherapie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print re&amp;port…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
</context>
<context>
    <name>ReminderGroup</name>
    <message>
        <location filename="../../../acutimer/ui/reminder_settings.py" line="+44"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me on plan days</source>
        <translation>An den Tagen meines Plans erinnern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quiet hours, no reminders from</source>
        <translation>Ruhezeit, keine Erinnerungen von</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quiet from</source>
        <translation>Ruhe ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quiet until</source>
        <translation>Ruhe bis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <comment>quiet hours: from 21:30 to 08:00</comment>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep reminding after the plan ends</source>
        <translation>Auch nach dem Ende des Plans erinnern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At</source>
        <comment>the reminder&apos;s time of day</comment>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This time is in your quiet hours: the reminder waits until {time}.</source>
        <translation>Diese Uhrzeit liegt in Ihrer Ruhezeit: Die Erinnerung wartet bis {time}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This time is in your quiet hours, so no reminder would be shown.</source>
        <translation>Diese Uhrzeit liegt in Ihrer Ruhezeit, daher würde keine Erinnerung erscheinen.</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../../../acutimer/qt/reminder_service.py" line="+50"/>
        <source>Time for your acupressure session</source>
        <translation>Zeit für Ihre Akupressur-Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today is one of your plan days.</source>
        <translation>Heute ist ein Tag Ihres Plans.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today is one of your plan days. (It was due at {time}.)</source>
        <translation>Heute ist ein Tag Ihres Plans. (Die Sitzung war um {time} fällig.)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{title}. {body}</source>
        <translation>{title}. {body}</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../../../acutimer/reports/report.py" line="+22"/>
        <source>acutimer is a self-care timer for acupressure routines, not a medical device. This report is what the user recorded in it; it is not a diagnosis or an assessment.</source>
        <translation>acutimer ist ein Timer für Akupressur-Übungen zur Selbstbehandlung, kein Medizinprodukt. Dieser Bericht gibt wieder, was die Person darin festgehalten hat; er ist keine Diagnose und keine Beurteilung.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Pain after a session</source>
        <translation>Schmerz nach einer Sitzung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pain before a session</source>
        <translation>Schmerz vor einer Sitzung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No pain ratings in this period</source>
        <translation>Keine Schmerzbewertungen in diesem Zeitraum</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../acutimer/reports/report_text.py" line="+31"/>
        <source>&lt;b&gt;Period:&lt;/b&gt; {first} to {last} (%n day(s)) &amp;nbsp; &lt;b&gt;Made:&lt;/b&gt; {made} with acutimer</source>
        <translation>
            <numerusform>&lt;b&gt;Zeitraum:&lt;/b&gt; {first} bis {last} (%n Tag) &amp;nbsp; &lt;b&gt;Erstellt:&lt;/b&gt; {made} mit acutimer</numerusform>
            <numerusform>&lt;b&gt;Zeitraum:&lt;/b&gt; {first} bis {last} (%n Tage) &amp;nbsp; &lt;b&gt;Erstellt:&lt;/b&gt; {made} mit acutimer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>0 is no pain, 10 the worst pain imaginable, as rated just before and just after each session; a day with several sessions shows their average.</source>
        <translation>0 bedeutet keine Schmerzen, 10 die stärksten vorstellbaren Schmerzen, bewertet unmittelbar vor und nach jeder Sitzung; an Tagen mit mehreren Sitzungen steht deren Durchschnitt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back pain self-care report</source>
        <translation>Bericht zur Selbstbehandlung von Rückenschmerzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan and what was done</source>
        <translation>Plan und Umsetzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain by day, before and after sessions (0–10)</source>
        <translation>Schmerzen pro Tag, vor und nach den Sitzungen (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome questions</source>
        <translation>Fragen zum Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routines used</source>
        <translation>Verwendete Übungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes written after sessions</source>
        <translation>Notizen nach den Sitzungen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ddd d MMM yyyy</source>
        <extracomment>A QDate format: a whole date in the report (&quot;Mon 4 Mar 2024&quot;), as a doctor reading your language expects it.</extracomment>
        <translation>ddd, dd.MM.yyyy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>d MMM</source>
        <extracomment>A QDate format: a day without its year in the report (&quot;4 Mar&quot;).</extracomment>
        <translation>dd.MM.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No sessions were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Sitzungen festgehalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n session(s) logged, {done} of {planned} planned sessions done.</source>
        <translation>
            <numerusform>%n Sitzung festgehalten, {done} von {planned} geplanten Sitzungen erledigt.</numerusform>
            <numerusform>%n Sitzungen festgehalten, {done} von {planned} geplanten Sitzungen erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n session(s) logged.</source>
        <translation>
            <numerusform>%n Sitzung festgehalten.</numerusform>
            <numerusform>%n Sitzungen festgehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n earlier session(s) before this period.</source>
        <translation>
            <numerusform>%n frühere Sitzung vor diesem Zeitraum.</numerusform>
            <numerusform>%n frühere Sitzungen vor diesem Zeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pain before sessions averaged {first} in the first week with ratings and {last} in the last.</source>
        <translation>Die Schmerzen vor den Sitzungen lagen im Durchschnitt bei {first} in der ersten Woche mit Bewertungen und bei {last} in der letzten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Right after a session, pain was on average {points} points lower than before.</source>
        <translation>Direkt nach einer Sitzung waren die Schmerzen im Durchschnitt um {points} Punkte geringer als davor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Right after a session, pain was on average {points} points higher than before.</source>
        <translation>Direkt nach einer Sitzung waren die Schmerzen im Durchschnitt um {points} Punkte höher als davor.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n session(s) a week for {weeks}</source>
        <translation>
            <numerusform>%n Sitzung pro Woche über {weeks}</numerusform>
            <numerusform>%n Sitzungen pro Woche über {weeks}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan: {goal}, started {start}.</source>
        <translation>Plan: {goal}, begonnen am {start}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan: {goal} (not started yet).</source>
        <translation>Plan: {goal} (noch nicht begonnen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A session is &lt;i&gt;done&lt;/i&gt; when it ran to its end with at least half its steps; &lt;i&gt;stopped early&lt;/i&gt; ones are logged but not counted.</source>
        <translation>Eine Sitzung gilt als &lt;i&gt;erledigt&lt;/i&gt;, wenn sie bis zum Ende lief und mindestens die Hälfte ihrer Schritte gemacht wurde; &lt;i&gt;vorzeitig beendete&lt;/i&gt; werden festgehalten, aber nicht gezählt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged</source>
        <translation>Festgehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps skipped</source>
        <translation>Schritte übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds extended</source>
        <translation>Haltezeit verlängert</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <location line="+73"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-70"/>
        <source>%n earlier week(s): {sessions} logged</source>
        <translation>
            <numerusform>%n frühere Woche: {sessions} festgehalten</numerusform>
            <numerusform>%n frühere Wochen: {sessions} festgehalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No pain ratings in this period.</source>
        <translation>Keine Schmerzbewertungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before → after, by day:</source>
        <translation>Vorher → nachher, pro Tag:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{rating} out of 10</source>
        <translation>{rating} von 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{answer} ({day})</source>
        <translation>{answer} ({day})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{answer} ({value} on the 1–7 scale)</source>
        <translation>{answer} ({value} auf der Skala 1–7)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change question: “{question}” Answers from 1 (very much improved) to 7 (very much worse).</source>
        <translation>Die Frage zur Veränderung: „{question}“ Antworten von 1 (sehr viel besser) bis 7 (sehr viel schlechter).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the plan’s start</source>
        <translation>Zu Beginn des Plans</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At the plan’s end</source>
        <translation>Am Ende des Plans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average back pain over the past week</source>
        <translation>Durchschnittliche Rückenschmerzen in der vergangenen Woche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patient Global Impression of Change</source>
        <translation>Gesamteindruck der Veränderung (PGIC)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n earlier note(s) are in the CSV export.</source>
        <translation>
            <numerusform>%n frühere Notiz steht im CSV-Export.</numerusform>
            <numerusform>%n frühere Notizen stehen im CSV-Export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineCard</name>
    <message>
        <location filename="../../../acutimer/reports/card.py" line="+26"/>
        <source>acutimer routine card. Self-care, not medical advice: press firmly but never so it hurts more, stop if pain gets worse, and see a doctor if back pain does not ease.</source>
        <translation>acutimer-Übungskarte. Selbstbehandlung, kein ärztlicher Rat: Drücken Sie fest, aber nie so, dass es mehr wehtut; hören Sie auf, wenn die Schmerzen stärker werden, und gehen Sie zu einer Ärztin oder einem Arzt, wenn die Rückenschmerzen nicht nachlassen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop if the pain gets worse, spreads down a leg, or you feel numbness or weakness, and see a doctor.</source>
        <translation>Hören Sie auf, wenn die Schmerzen stärker werden, in ein Bein ausstrahlen oder Sie Taubheit oder Schwäche spüren, und gehen Sie zu einer Ärztin oder einem Arzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never press on broken or inflamed skin, a bruise, a varicose vein or a fresh injury.</source>
        <translation>Drücken Sie nie auf verletzte oder entzündete Haut, einen Bluterguss, eine Krampfader oder eine frische Verletzung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you are pregnant, ask your midwife or doctor first, and use Pregnancy mode.</source>
        <translation>Wenn Sie schwanger sind, fragen Sie zuerst Ihre Hebamme, Ihre Ärztin oder Ihren Arzt, und verwenden Sie den Schwangerschaftsmodus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both</source>
        <translation>beidseits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prepare {time}</source>
        <translation>vorbereiten {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>press {time}</source>
        <translation>drücken {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release {time}</source>
        <translation>lösen {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest {time}</source>
        <translation>ruhen {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold {time}</source>
        <translation>halten {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>massage {time}</source>
        <translation>massieren {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ice {time}</source>
        <translation>kühlen {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch sides {time}</source>
        <translation>Seite wechseln {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>back, both sides</source>
        <translation>Rücken, beide Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>either hand</source>
        <translation>linke oder rechte Hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>either forearm</source>
        <translation>linker oder rechter Unterarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>either foot</source>
        <translation>linker oder rechter Fuß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>either knee</source>
        <translation>linkes oder rechtes Knie</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&lt;b&gt;Total time: {time}&lt;/b&gt; (minutes:seconds).</source>
        <translation>&lt;b&gt;Gesamtdauer: {time}&lt;/b&gt; (Minuten:Sekunden).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left out in Pregnancy mode: {points}.</source>
        <translation>Im Schwangerschaftsmodus ausgelassen: {points}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the points are</source>
        <translation>Wo die Punkte liegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to find each point</source>
        <translation>So finden Sie die Punkte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cautions</source>
        <translation>Vorsichtshinweise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{phases}; {rounds} rounds</source>
        <translation>{phases}; {rounds} Runden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>switch sides ({time}), then {phases}</source>
        <translation>Seite wechseln ({time}), dann {phases}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finding it:</source>
        <translation>So finden Sie ihn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressing:</source>
        <translation>Drücken:</translation>
    </message>
</context>
</TS>
