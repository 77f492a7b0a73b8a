<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Durations</name>
    <message numerus="yes">
        <location filename="../../../acutimer/core/timeline.py" line="+152"/>
        <location line="+4"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <location filename="../../../acutimer/core/catalogue.py" line="+85"/>
        <source>id {id} is already used by {file}</source>
        <translation>die Kennung {id} wird schon von {file} verwendet</translation>
    </message>
    <message>
        <location filename="../../../acutimer/core/loader.py" line="+141"/>
        <source>{minutes} minutes of ice in a row: never more than 20 minutes (1200 seconds) at a time; put a rest or another step between</source>
        <translation>{minutes} Minuten Eis am Stück: nie länger als 20 Minuten (1200 Sekunden) auf einmal; legen Sie eine Pause oder einen anderen Schritt dazwischen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the routine lasts {hours} hours; a routine may last at most 4 hours</source>
        <translation>die Übung dauert {hours} Stunden; eine Übung darf höchstens 4 Stunden dauern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown point {point}; the library has {known}</source>
        <translation>unbekannter Punkt {point}; die Punktsammlung enthält {known}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} is outside the routines folder {folder}</source>
        <translation>{file} liegt außerhalb des Übungsordners {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>points.yaml is the point library, not a routine</source>
        <translation>points.yaml ist die Punktsammlung, keine Übung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>include cycle: {cycle}</source>
        <translation>Einbindungen drehen sich im Kreis: {cycle}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>includes nested too deeply (at most 8)</source>
        <translation>Einbindungen zu tief verschachtelt (höchstens 8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no routine file {file} next to this one</source>
        <translation>keine Übungsdatei {file} neben dieser Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>included file {file} has problems</source>
        <translation>die eingebundene Datei {file} hat Fehler</translation>
    </message>
    <message>
        <location filename="../../../acutimer/core/model.py" line="+69"/>
        <source>nothing</source>
        <comment>what an empty value is called: &apos;...; got nothing&apos;</comment>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a group of keys</source>
        <translation>eine Gruppe von Schlüsseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{some} or {last}</source>
        <translation>{some} oder {last}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} seconds</source>
        <translation>{number} Sekunden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{problem}; got {value}</source>
        <comment>the value found in the file</comment>
        <translation>{problem}; gefunden: {value}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>should be text</source>
        <translation>sollte Text sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>is too long: at most %n character(s)</source>
        <translation>
            <numerusform>ist zu lang: höchstens %n Zeichen</numerusform>
            <numerusform>ist zu lang: höchstens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text matching {pattern}</source>
        <translation>ein Text, der zu {pattern} passt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>should be {words}</source>
        <translation>erwartet wird {words}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>should be a number, like 30</source>
        <translation>sollte eine Zahl sein, zum Beispiel 30</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>should be an ordinary number, like 30</source>
        <translation>sollte eine gewöhnliche Zahl sein, zum Beispiel 30</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be more than {limit}</source>
        <translation>muss mehr als {limit} sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at least {limit}</source>
        <translation>muss mindestens {limit} sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at most {limit}</source>
        <translation>darf höchstens {limit} sein</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>should be a whole number, like 3</source>
        <translation>sollte eine ganze Zahl sein, zum Beispiel 3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>should be true or false</source>
        <translation>sollte true oder false sein</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>should be one of: {choices}</source>
        <translation>sollte einer dieser Werte sein: {choices}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>should be a list (one &apos;- &apos; line per item)</source>
        <translation>sollte eine Liste sein (eine Zeile mit &apos;- &apos; pro Eintrag)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>needs at least %n item(s)</source>
        <translation>
            <numerusform>braucht mindestens %n Eintrag</numerusform>
            <numerusform>braucht mindestens %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>has {count} items; at most %n allowed</source>
        <translation>
            <numerusform>hat {count} Einträge; höchstens %n erlaubt</numerusform>
            <numerusform>hat {count} Einträge; höchstens %n erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+122"/>
        <source>should be a group of keys (key: value lines)</source>
        <translation>sollte eine Gruppe von Schlüsseln sein (Zeilen der Form schlüssel: wert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file should be a set of keys (format, id, title...)</source>
        <translation>die Datei sollte aus Schlüsseln bestehen (format, id, title …)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing required key {key}</source>
        <translation>der nötige Schlüssel {key} fehlt</translation>
    </message>
    <message>
        <location filename="../../../acutimer/core/points.py" line="+32"/>
        <source>a WHO point code: two capital letters and a number (like BL23)</source>
        <translation>ein Punktcode der WHO aus zwei Großbuchstaben und einer Zahl (wie BL23)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>marker coordinates must be between 0 and 1</source>
        <translation>die Koordinaten der Markierung müssen zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>point {code} is listed twice</source>
        <translation>der Punkt {code} steht zweimal in der Liste</translation>
    </message>
    <message>
        <location filename="../../../acutimer/core/routine.py" line="+36"/>
        <source>lowercase letters and digits, words joined by single hyphens (like hand-li4)</source>
        <translation>eine Kennung aus Kleinbuchstaben und Ziffern, Wörter durch einzelne Bindestriche verbunden (wie hand-li4)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>ice for {seconds} seconds ({minutes} minutes) is too long: never more than 20 minutes (1200 seconds) at a time</source>
        <translation>Eis für {seconds} Sekunden ({minutes} Minuten) ist zu lang: nie länger als 20 Minuten (1200 Sekunden) auf einmal</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>side {side} needs a point; a step without one has no side</source>
        <translation>side {side} braucht einen Punkt; ein Schritt ohne Punkt hat keine Seite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every point is on both sides of the body: use side each or both</source>
        <translation>jeder Punkt liegt auf beiden Körperseiten: verwenden Sie side each oder both</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>step {title} is inside each_side, so it must be side: each</source>
        <translation>der Schritt {title} steht in each_side und muss deshalb side: each haben</translation>
    </message>
    <message>
        <location filename="../../../acutimer/core/validation.py" line="+17"/>
        <source>must be the number 1 (the file format version)</source>
        <translation>muss die Zahl 1 sein (die Version des Dateiformats)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>unknown key {key} in {parent}; did you mean {close}?</source>
        <translation>unbekannter Schlüssel {key} in {parent}; meinten Sie {close}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown key {key}; did you mean {close}?</source>
        <translation>unbekannter Schlüssel {key}; meinten Sie {close}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown key {key} in {parent}; allowed here: {known}</source>
        <translation>unbekannter Schlüssel {key} in {parent}; hier erlaubt: {known}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown key {key}; allowed here: {known}</source>
        <translation>unbekannter Schlüssel {key}; hier erlaubt: {known}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown key {key} in {parent}</source>
        <translation>unbekannter Schlüssel {key} in {parent}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown key {key}</source>
        <translation>unbekannter Schlüssel {key}</translation>
    </message>
    <message>
        <location filename="../../../acutimer/core/yamlsource.py" line="+144"/>
        <source>file is {size} bytes; routine files may be at most 1 MB</source>
        <translation>die Datei hat {size} Bytes; Übungsdateien dürfen höchstens 1 MB groß sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the file: {reason}</source>
        <translation>die Datei lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a regular file: it is a folder</source>
        <translation>keine gewöhnliche Datei: es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a regular file: it is a named pipe (FIFO)</source>
        <translation>keine gewöhnliche Datei: es ist eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a regular file: it is a device</source>
        <translation>keine gewöhnliche Datei: es ist ein Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a regular file: it is a socket</source>
        <translation>keine gewöhnliche Datei: es ist ein Socket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a regular file: it is a special file</source>
        <translation>keine gewöhnliche Datei: es ist eine Spezialdatei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>file is larger than 1 MB</source>
        <translation>die Datei ist größer als 1 MB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not UTF-8 text (byte {byte}); save the file as UTF-8</source>
        <translation>kein UTF-8-Text (Byte {byte}); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>binary data (a NUL byte) in a text file</source>
        <translation>Binärdaten (ein NUL-Byte) in einer Textdatei</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>control character {code} is not allowed in the text</source>
        <translation>das Steuerzeichen {code} ist im Text nicht erlaubt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>aliases (*name) are not allowed; write the value out</source>
        <translation>Aliase (*name) sind nicht erlaubt; schreiben Sie den Wert aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nested more than {levels} levels deep; no routine needs that</source>
        <translation>mehr als {levels} Ebenen tief verschachtelt; das braucht keine Übung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than {count} values in one file; no routine needs that many</source>
        <translation>mehr als {count} Werte in einer Datei; so viele braucht keine Übung</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+22"/>
        <source>YAML syntax: {problem}</source>
        <translation>YAML-Syntax: {problem}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>invalid YAML</source>
        <translation>ungültiges YAML</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a file holds one routine: remove the &apos;---&apos; line and what follows it</source>
        <translation>eine Datei enthält eine einzige Übung: entfernen Sie die Zeile &apos;---&apos; und alles danach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{problem} (indent with spaces, not tabs)</source>
        <translation>{problem} (rücken Sie mit Leerzeichen ein, nicht mit Tabulatoren)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>this &apos;[&apos; is never closed ({problem})</source>
        <translation>diese &apos;[&apos; wird nie geschlossen ({problem})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this &apos;{&apos; is never closed ({problem})</source>
        <translation>diese &apos;{&apos; wird nie geschlossen ({problem})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this quote is never closed ({problem})</source>
        <translation>dieses Anführungszeichen wird nie geschlossen ({problem})</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+39"/>
        <source>unknown tag {tag}; write a plain value without &apos;!&apos;</source>
        <translation>unbekanntes Tag {tag}; schreiben Sie einen einfachen Wert ohne &apos;!&apos;</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>keys must be plain words</source>
        <translation>Schlüssel müssen einfache Wörter sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>merge keys (&lt;&lt;) are not allowed</source>
        <translation>Merge-Schlüssel (&lt;&lt;) sind nicht erlaubt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>duplicate key {key}</source>
        <translation>doppelter Schlüssel {key}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>bad value: {problem}</source>
        <translation>ungültiger Wert: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bad value {value} for the tag {tag}</source>
        <translation>ungültiger Wert {value} für das Tag {tag}</translation>
    </message>
</context>
<context>
    <name>Points</name>
    <message>
        <location filename="../../../acutimer/core/points.py" line="-144"/>
        <source>Point codes: the WHO code comes first; a code in brackets is the older numbering of popular acupressure books, which differs for some points. For example, the books&apos; B-53 is BL39 behind the knee, not BL53 on the buttock.</source>
        <translation>Punktbezeichnungen: Zuerst steht der Code der WHO; ein Code in Klammern ist die ältere Nummerierung bekannter Akupressur-Bücher, die bei einigen Punkten abweicht. So ist zum Beispiel B-53 aus diesen Büchern der Punkt BL39 hinter dem Knie, nicht BL53 am Gesäß.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../../acutimer/core/safety.py" line="+21"/>
        <source>Check with a doctor before you start acupressure, especially if you have a health condition, take blood thinners or are pregnant.</source>
        <translation>Sprechen Sie mit einer Ärztin oder einem Arzt, bevor Sie mit Akupressur beginnen – besonders wenn Sie eine Vorerkrankung haben, blutverdünnende Medikamente nehmen oder schwanger sind.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acupressure is for ordinary back pain and does not treat serious causes. See a doctor if your back pain does not ease after a couple of days, and get help at once if you notice any of the warning signs below.</source>
        <translation>Akupressur ist für gewöhnliche Rückenschmerzen gedacht und behandelt keine ernsten Ursachen. Gehen Sie zu einer Ärztin oder einem Arzt, wenn Ihre Rückenschmerzen nach ein paar Tagen nicht nachlassen, und holen Sie sich sofort Hilfe, wenn Sie eines der unten genannten Warnzeichen bemerken.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Call your emergency number or go to the emergency department now if:</source>
        <translation>Rufen Sie sofort Ihre Notrufnummer an oder gehen Sie in die Notaufnahme, wenn Folgendes zutrifft:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have numbness or tingling around your genitals or buttocks</source>
        <translation>Sie haben ein Taubheitsgefühl oder Kribbeln im Bereich der Genitalien oder des Gesäßes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have trouble peeing, or cannot pee</source>
        <translation>Sie haben Probleme beim Wasserlassen oder können kein Wasser lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have lost control of your bladder or bowels</source>
        <translation>Sie können Blase oder Darm nicht mehr kontrollieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You notice new changes in erections or in sexual sensation</source>
        <translation>Sie bemerken neue Veränderungen bei der Erektion oder beim sexuellen Empfinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both legs feel weak or numb, or weakness or numbness is getting worse</source>
        <translation>Beide Beine fühlen sich schwach oder taub an, oder die Schwäche oder Taubheit nimmt zu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have chest pain</source>
        <translation>Sie haben Schmerzen in der Brust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The back pain came after a serious accident or fall</source>
        <translation>Die Rückenschmerzen haben nach einem schweren Unfall oder Sturz begonnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See a doctor soon (the same day or the next) if:</source>
        <translation>Gehen Sie bald zu einer Ärztin oder einem Arzt (am selben oder am nächsten Tag), wenn Folgendes zutrifft:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have a fever, or feel generally unwell</source>
        <translation>Sie haben Fieber oder fühlen sich allgemein krank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are losing weight without trying</source>
        <translation>Sie nehmen ab, ohne es zu wollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is a lump or swelling on your back, or its shape has changed</source>
        <translation>Sie haben einen Knoten oder eine Schwellung am Rücken, oder die Form Ihres Rückens hat sich verändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pain is worse when you cough, sneeze or open your bowels</source>
        <translation>Die Schmerzen werden stärker, wenn Sie husten, niesen oder Stuhlgang haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pain is high in your back, between the shoulder blades</source>
        <translation>Die Schmerzen sitzen hoch im Rücken, zwischen den Schulterblättern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pain is worse at night, or does not ease when you rest</source>
        <translation>Die Schmerzen sind nachts schlimmer oder lassen in Ruhe nicht nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have had cancer</source>
        <translation>Sie hatten schon einmal Krebs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The back pain started before you were 20 or after you were 50</source>
        <translation>Die Rückenschmerzen haben begonnen, als Sie jünger als 20 oder älter als 50 Jahre waren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have taken steroids for a long time, or have osteoporosis or a weakened immune system</source>
        <translation>Sie haben über lange Zeit Kortison (Steroide) eingenommen, oder Sie haben Osteoporose oder ein geschwächtes Immunsystem</translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <location filename="../../../acutimer/core/sides.py" line="+42"/>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both sides</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left hand</source>
        <translation>linke Hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right hand</source>
        <translation>rechte Hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both hands</source>
        <translation>beide Hände</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left forearm</source>
        <translation>linker Unterarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right forearm</source>
        <translation>rechter Unterarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both forearms</source>
        <translation>beide Unterarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left foot</source>
        <translation>linker Fuß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right foot</source>
        <translation>rechter Fuß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both feet</source>
        <translation>beide Füße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left knee</source>
        <translation>linkes Knie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right knee</source>
        <translation>rechtes Knie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both knees</source>
        <translation>beide Knie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch to your left side.</source>
        <translation>Wechseln Sie zu Ihrer linken Seite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your right side.</source>
        <translation>Wechseln Sie zu Ihrer rechten Seite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your left hand.</source>
        <translation>Wechseln Sie zu Ihrer linken Hand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your right hand.</source>
        <translation>Wechseln Sie zu Ihrer rechten Hand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your left forearm.</source>
        <translation>Wechseln Sie zu Ihrem linken Unterarm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your right forearm.</source>
        <translation>Wechseln Sie zu Ihrem rechten Unterarm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your left foot.</source>
        <translation>Wechseln Sie zu Ihrem linken Fuß.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your right foot.</source>
        <translation>Wechseln Sie zu Ihrem rechten Fuß.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your left knee.</source>
        <translation>Wechseln Sie zu Ihrem linken Knie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your right knee.</source>
        <translation>Wechseln Sie zu Ihrem rechten Knie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch to the left side.</source>
        <translation>Wechseln Sie zur linken Seite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the right side.</source>
        <translation>Wechseln Sie zur rechten Seite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the left hand.</source>
        <translation>Wechseln Sie zur linken Hand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the right hand.</source>
        <translation>Wechseln Sie zur rechten Hand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the left forearm.</source>
        <translation>Wechseln Sie zum linken Unterarm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the right forearm.</source>
        <translation>Wechseln Sie zum rechten Unterarm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the left foot.</source>
        <translation>Wechseln Sie zum linken Fuß.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the right foot.</source>
        <translation>Wechseln Sie zum rechten Fuß.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the left knee.</source>
        <translation>Wechseln Sie zum linken Knie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the right knee.</source>
        <translation>Wechseln Sie zum rechten Knie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../../acutimer/core/timeline.py" line="+150"/>
        <source>Switch sides.</source>
        <translation>Wechseln Sie die Seite.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../../acutimer/core/timeline.py" line="-257"/>
        <source>Halfway: lift the ice and check your skin. Take the ice off if the skin burns, goes numb, or turns white or blotchy.</source>
        <translation>Halbzeit: Heben Sie das Eis kurz an und sehen Sie sich Ihre Haut an. Nehmen Sie das Eis ab, wenn die Haut brennt, taub wird oder weiß oder fleckig aussieht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In later pregnancy, lie on your side rather than flat on your back.</source>
        <translation>In der späteren Schwangerschaft liegen Sie besser auf der Seite als flach auf dem Rücken.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Ease off slowly. Let the pressure fade rather than letting go all at once.</source>
        <translation>Lassen Sie langsam nach. Lassen Sie den Druck allmählich ausklingen, statt auf einmal loszulassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rest your hand. Breathe out slowly and let the area relax.</source>
        <translation>Ruhen Sie Ihre Hand aus. Atmen Sie langsam aus und lassen Sie die Stelle entspannen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{minutes} {seconds}</source>
        <comment>a time: &apos;1 minute&apos; &apos;30 seconds&apos;</comment>
        <translation>{minutes} {seconds}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>lie, lying</source>
        <comment>Words, separated by commas, that show an instruction has the person lie down (each is looked for as a whole word or phrase, in any case)</comment>
        <translation>liegen, liegend, hinlegen, legen Sie sich, Rückenlage, Seitenlage</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Halfway. Check your skin under the ice.</source>
        <translation>Halbzeit. Prüfen Sie die Haut unter dem Eis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your skin.</source>
        <translation>Prüfen Sie Ihre Haut.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Press {point} for {duration}.</source>
        <translation>Drücken Sie {point} für {duration}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Press.</source>
        <translation>Drücken.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Press for {duration}.</source>
        <translation>Drücken Sie {duration} lang.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hold {point} for {duration}.</source>
        <translation>Halten Sie {point} für {duration} gedrückt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Hold.</source>
        <translation>Halten.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Hold for {duration}.</source>
        <translation>Halten Sie den Druck {duration} lang.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Massage for {duration}.</source>
        <translation>Massieren Sie {duration} lang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Massage.</source>
        <translation>Massieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Release slowly.</source>
        <translation>Langsam loslassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release.</source>
        <translation>Loslassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rest for {duration}.</source>
        <translation>Ruhen Sie sich {duration} lang aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest.</source>
        <translation>Ausruhen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ice, {duration}.</source>
        <translation>Eis, {duration}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ice.</source>
        <translation>Eis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}. Get ready.</source>
        <translation>{title}. Machen Sie sich bereit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get ready.</source>
        <translation>Machen Sie sich bereit.</translation>
    </message>
</context>
</TS>
