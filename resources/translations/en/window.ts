<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BrokenRoutine</name>
    <message numerus="yes">
        <location filename="../../../acutimer/ui/broken_routine.py" line="+37"/>
        <source>This routine file cannot be used until %n problem(s) are fixed:</source>
        <translation>
            <numerusform>This routine file cannot be used until this problem is fixed:</numerusform>
            <numerusform>This routine file cannot be used until these %n problems are fixed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndScreen</name>
    <message numerus="yes">
        <location filename="../../../acutimer/ui/end_screen.py" line="+183"/>
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>{done} of %n step done</numerusform>
            <numerusform>{done} of %n steps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n held longer</source>
        <translation>
            <numerusform>%n held longer</numerusform>
            <numerusform>%n held longer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message numerus="yes">
        <location filename="../../../acutimer/ui/picker.py" line="+229"/>
        <source>⚠ Needs fixing: %n problem(s)</source>
        <translation>
            <numerusform>⚠ Needs fixing: %n problem</numerusform>
            <numerusform>⚠ Needs fixing: %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <location filename="../../../acutimer/ui/settings_dialog.py" line="+153"/>
        <source>%n session(s) a week</source>
        <translation>
            <numerusform>%n session a week</numerusform>
            <numerusform>%n sessions a week</numerusform>
        </translation>
    </message>
</context>
</TS>
