<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../../acutimer/cli.py" line="+219"/>
        <location filename="../../../acutimer/reports/commands.py" line="+52"/>
        <location filename="../../../acutimer/dbus/client.py" line="+150"/>
        <source>acutimer {command}: {problem}</source>
        <comment>a command that failed</comment>
        <translation>acutimer {command}: {problem}</translation>
    </message>
    <message>
        <location filename="../../../acutimer/commands.py" line="+31"/>
        <source>prepare</source>
        <translation>vorbereiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>press</source>
        <translation>drücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release</source>
        <translation>lösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest</source>
        <translation>ruhen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>massage</source>
        <translation>massieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ice</source>
        <translation>kühlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch</source>
        <translation>wechseln</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+40"/>
        <source>{line}  (yours)</source>
        <comment>a routine the person wrote or imported</comment>
        <translation>{line}  (eigene)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{file}: ok</source>
        <translation>{file}: in Ordnung</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no routine with id or file {ref}; known ids: {known}</source>
        <translation>keine Übung mit der Kennung oder Datei {ref}; bekannte Kennungen: {known}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>step {number}: {title}</source>
        <translation>Schritt {number}: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>round {round}/{rounds}</source>
        <translation>Runde {round}/{rounds}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>halfway: {speech}</source>
        <comment>the cue spoken halfway through a long phase</comment>
        <translation>in der Mitte: {speech}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Total {clock} ({seconds} s)</source>
        <translation>Gesamtdauer {clock} ({seconds} s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out: {point} ({title}): {reason}</source>
        <comment>a step pregnancy mode leaves out</comment>
        <translation>Ausgelassen: {point} ({title}): {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>imported {file}</source>
        <translation>{file} importiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>wrote {file} (its includes are written out in it)</source>
        <translation>{file} geschrieben (die eingebundenen Übungen stehen ausgeschrieben darin)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wrote {file}</source>
        <translation>{file} geschrieben</translation>
    </message>
    <message>
        <location filename="../../../acutimer/reports/commands.py" line="-14"/>
        <source>acutimer report</source>
        <comment>the PDF&apos;s title</comment>
        <translation>acutimer-Bericht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>wrote {file} ({pages}, {sessions})</source>
        <comment>a report&apos;s PDF</comment>
        <translation>{file} geschrieben ({pages}, {sessions})</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+25"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source>acutimer routine card</source>
        <comment>the PDF&apos;s title</comment>
        <translation>acutimer-Übungskarte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>wrote {file} ({pages})</source>
        <comment>routine cards&apos; PDF</comment>
        <translation>{file} geschrieben ({pages})</translation>
    </message>
</context>
<context>
    <name>DesktopFiles</name>
    <message>
        <location filename="../../../acutimer/desktop/files.py" line="+122"/>
        <source>installed {file}</source>
        <translation>{file} installiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>removed {file}</source>
        <translation>{file} entfernt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing to remove: acutimer&apos;s launcher is not in {folder}</source>
        <translation>nichts zu entfernen: der Starter von acutimer liegt nicht in {folder}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{tool} did not finish ({problem}); the files are in place</source>
        <translation>{tool} ist nicht fertig geworden ({problem}); die Dateien sind an ihrem Platz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>refreshed with {tool}</source>
        <translation>mit {tool} aktualisiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{tool} failed: {problem}</source>
        <translation>{tool} ist fehlgeschlagen: {problem}</translation>
    </message>
</context>
<context>
    <name>RemoteControl</name>
    <message>
        <location filename="../../../acutimer/dbus/client.py" line="-66"/>
        <source>Cannot reach this desktop session&apos;s message bus ({problem}), so no acutimer can be found.</source>
        <translation>Der Nachrichtenbus Ihrer Desktop-Anmeldung ist nicht erreichbar ({problem}); deshalb lässt sich kein laufendes acutimer finden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>acutimer did not answer within {seconds} seconds.</source>
        <translation>acutimer hat nicht innerhalb von {seconds} Sekunden geantwortet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>acutimer is not running.</source>
        <translation>acutimer läuft nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>acutimer could not be asked: {answer} ({name})</source>
        <translation>acutimer ließ sich nicht fragen: {answer} ({name})</translation>
    </message>
</context>
<context>
    <name>RemoteStatus</name>
    <message>
        <location filename="../../../acutimer/dbus/status_text.py" line="+16"/>
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
        <source>Hold</source>
        <translation>Halten</translation>
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
        <location line="+10"/>
        <source>acutimer is open; no routine is running.</source>
        <translation>acutimer ist geöffnet; es läuft keine Übung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: finished.</source>
        <translation>{title}: abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: stopped.</source>
        <translation>{title}: abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {step} of {steps}: {title}</source>
        <translation>Schritt {step} von {steps}: {title}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{phase}, round {round} of {rounds}: {time} left</source>
        <translation>{phase}, Runde {round} von {rounds}: noch {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{phase}: {time} left</source>
        <translation>{phase}: noch {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused: {title}</source>
        <translation>Angehalten: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running: {title}</source>
        <translation>Läuft: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole routine: {time} left</source>
        <translation>Ganze Übung: noch {time}</translation>
    </message>
</context>
</TS>
