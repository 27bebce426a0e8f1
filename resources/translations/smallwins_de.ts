<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppModel</name>
    <message>
        <location filename="../../desktop/smallwins/ui/model.py" line="226"/>
        <source>“%1” is waiting to be saved already</source>
        <translation>„%1“ wartet schon darauf, gespeichert zu werden</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/model.py" line="351"/>
        <source>the disk is full</source>
        <translation>die Festplatte ist voll</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/model.py" line="352"/>
        <source>the data is read-only</source>
        <translation>die Daten sind schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/model.py" line="353"/>
        <source>the data is busy: another program is using it</source>
        <translation>die Daten sind belegt: ein anderes Programm benutzt sie</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/model.py" line="355"/>
        <source>the data cannot be written</source>
        <translation>die Daten lassen sich nicht schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/model.py" line="358"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>CelebrationPopup</name>
    <message>
        <location filename="../../desktop/smallwins/ui/celebration.py" line="37"/>
        <source>Celebration</source>
        <translation>Feier</translation>
    </message>
</context>
<context>
    <name>Cheers</name>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="14"/>
        <source>Nice one!</source>
        <translation>Stark!</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="15"/>
        <source>Done. That counts.</source>
        <translation>Erledigt. Das zählt.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="16"/>
        <source>Another small win.</source>
        <translation>Noch ein kleiner Erfolg.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="17"/>
        <source>Progress, one step at a time.</source>
        <translation>Fortschritt, Schritt für Schritt.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="18"/>
        <source>You showed up. Well done.</source>
        <translation>Du warst da. Gut gemacht.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="19"/>
        <source>Tick! Keep it rolling.</source>
        <translation>Abgehakt! Weiter so.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="20"/>
        <source>Small step, real progress.</source>
        <translation>Kleiner Schritt, echter Fortschritt.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="21"/>
        <source>That&apos;s how it&apos;s done.</source>
        <translation>So geht das.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="22"/>
        <source>One more in the bag.</source>
        <translation>Wieder einer geschafft.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="23"/>
        <source>Look at you go!</source>
        <translation>Du bist richtig in Fahrt!</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="24"/>
        <source>Momentum is building.</source>
        <translation>Der Schwung wächst.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="25"/>
        <source>Win recorded. Enjoy it.</source>
        <translation>Erfolg notiert. Genieß ihn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/cheers.py" line="34"/>
        <source>%n days in a row!</source>
        <translation>
            <numerusform>%n Tag in Folge!</numerusform>
            <numerusform>%n Tage in Folge!</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/cheers.py" line="37"/>
        <source>New best streak: %n days!</source>
        <translation>
            <numerusform>Neue Bestserie: %n Tag!</numerusform>
            <numerusform>Neue Bestserie: %n Tage!</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="45"/>
        <source>First win of the day!</source>
        <translation>Erster Erfolg des Tages!</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="836"/>
        <source>Delete the habit?</source>
        <translation>Die Gewohnheit löschen?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="837"/>
        <source>Delete “%1” for good?</source>
        <translation>„%1“ endgültig löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/plan.py" line="840"/>
        <source>Its %n win(s) go with it. Archive keeps them and stops the reminders.</source>
        <translation>
            <numerusform>Ihr %n Erfolg geht mit. Archivieren behält ihn und beendet die Erinnerungen.</numerusform>
            <numerusform>Ihre %n Erfolge gehen mit. Archivieren behält sie und beendet die Erinnerungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="844"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="847"/>
        <source>&amp;Archive instead</source>
        <translation>&amp;Stattdessen archivieren</translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message>
        <location filename="../../desktop/smallwins/ui/damage.py" line="25"/>
        <source>Small Wins: the data is damaged</source>
        <translation>Small Wins: Die Daten sind beschädigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/damage.py" line="28"/>
        <source>Your Small Wins data cannot be used: it is damaged.</source>
        <translation>Deine Small-Wins-Daten können nicht benutzt werden: Sie sind beschädigt.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/damage.py" line="40"/>
        <source>There is no backup to restore. The damaged file stays as it is, for you or someone who can help to look at.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen. Die beschädigte Datei bleibt, wie sie ist, damit du oder jemand, der helfen kann, sie ansehen kann.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/damage.py" line="45"/>
        <source>The newest good backup is from %1. Restore it? Whatever was recorded after it is not in it. The damaged file is kept aside, unchanged, named with today&apos;s date.</source>
        <translation>Die neueste gute Sicherung ist vom %1. Wiederherstellen? Was danach erfasst wurde, fehlt darin. Die beschädigte Datei wird unverändert beiseitegelegt, mit dem heutigen Datum im Namen.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/damage.py" line="55"/>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/damage.py" line="59"/>
        <source>Quit Small Wins</source>
        <translation>Small Wins beenden</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="128"/>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="139"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="128"/>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="129"/>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="151"/>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="129"/>
        <source>Open the log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="130"/>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="130"/>
        <source>Open the backup folder</source>
        <translation>Den Sicherungsordner öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="142"/>
        <source>Your wins, steps and habits are kept in one database in this folder. Nothing leaves this computer.</source>
        <translation>Deine Erfolge, Schritte und Gewohnheiten liegen in einer Datenbank in diesem Ordner. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="154"/>
        <source>What went wrong is written here (storage, notifications, reminders), to look at or to send along when you report a problem.</source>
        <translation>Was schiefging, steht hier (Speichern, Benachrichtigungen, Erinnerungen) – zum Nachsehen oder zum Mitschicken, wenn du ein Problem meldest.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="172"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="172"/>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="172"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="177"/>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="206"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="194"/>
        <source>No backups yet: the first is made today, once something is recorded.</source>
        <translation>Noch keine Sicherungen: Die erste entsteht heute, sobald etwas eingetragen ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="197"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="197"/>
        <source>Make a backup now</source>
        <translation>Jetzt eine Sicherung erstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="200"/>
        <source>Res&amp;tore…</source>
        <translation>Wieder&amp;herstellen …</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="200"/>
        <source>Restore the chosen backup</source>
        <translation>Die gewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="210"/>
        <source>A backup is made each day something changed, before an upgrade and before every import. Kept: the last 10 of today, one a day for the last 7 days, then one a week for 8 weeks, then one a month for a year. A restore first keeps the data as it is now, as a backup.</source>
        <translation>Eine Sicherung entsteht an jedem Tag, an dem sich etwas geändert hat, vor einem Update und vor jedem Import. Aufbewahrt werden: die letzten 10 von heute, eine am Tag für die letzten 7 Tage, dann eine pro Woche für 8 Wochen, dann eine pro Monat für ein Jahr. Vor dem Wiederherstellen werden die jetzigen Daten als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="221"/>
        <source>Backup folder:</source>
        <translation>Sicherungsordner:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="229"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="229"/>
        <source>Export the data to a file</source>
        <translation>Die Daten in eine Datei exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="232"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="232"/>
        <source>Import data from a file</source>
        <translation>Daten aus einer Datei importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="234"/>
        <source>Export and import</source>
        <translation>Export und Import</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="238"/>
        <source>Export everything as Small Wins JSON, the wins as CSV for a spreadsheet, or a backup that Loop Habit Tracker on Android imports. Import Small Wins JSON or a Loop Habit Tracker backup or CSV export: a backup is made first, and importing the same file again changes nothing.</source>
        <translation>Alles als Small-Wins-JSON exportieren, die Erfolge als CSV für eine Tabellenkalkulation oder eine Sicherung, die Loop Habit Tracker auf Android importiert. Small-Wins-JSON oder eine Sicherung bzw. einen CSV-Export von Loop Habit Tracker importieren: Vorher entsteht eine Sicherung, und dieselbe Datei erneut zu importieren ändert nichts.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="254"/>
        <source>Logs are not written: %1</source>
        <translation>Es wird kein Protokoll geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="296"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="297"/>
        <source>Made by hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="298"/>
        <source>Before an upgrade</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="299"/>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="300"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="338"/>
        <source>No backup was made: %1</source>
        <translation>Es wurde keine Sicherung erstellt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="343"/>
        <source>Backup made: %1.</source>
        <translation>Sicherung erstellt: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="353"/>
        <source>Put the backup of %1 in place of the data? What was recorded after it will no longer show. The data as it is now is kept first, as a backup listed here (“Before a restore”), so nothing is lost and the restore can be undone.</source>
        <translation>Die Sicherung vom %1 anstelle der Daten einsetzen? Was danach eingetragen wurde, ist dann nicht mehr zu sehen. Die jetzigen Daten werden vorher als Sicherung aufbewahrt, die hier steht („Vor einer Wiederherstellung“): Es geht nichts verloren, und die Wiederherstellung lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="357"/>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="358"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="364"/>
        <source>Nothing was restored: %1</source>
        <translation>Es wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="371"/>
        <source>Restored the backup of %1.</source>
        <translation>Die Sicherung vom %1 ist wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="374"/>
        <source>Restored the backup of %1. The data before is kept in %2.</source>
        <translation>Die Sicherung vom %1 ist wiederhergestellt. Die Daten von vorher liegen in %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="402"/>
        <source>The folder could not be opened: %1</source>
        <translation>Der Ordner ließ sich nicht öffnen: %1</translation>
    </message>
</context>
<context>
    <name>DayEditor</name>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="155"/>
        <source>Change a day</source>
        <translation>Einen Tag ändern</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="158"/>
        <source>“{action}” on {day}: {state}.</source>
        <translation>„{action}“ am {day}: {state}.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="167"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="167"/>
        <source>Record a win</source>
        <translation>Einen Erfolg eintragen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="170"/>
        <source>Done in its &amp;tiny version: “{tiny}”</source>
        <translation>In der &amp;Mini-Version erledigt: „{tiny}“</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="172"/>
        <source>A &amp;tiny win (a smaller version of it)</source>
        <translation>Ein &amp;Mini-Erfolg (eine kleinere Version davon)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="173"/>
        <source>Record a tiny win</source>
        <translation>Einen Mini-Erfolg eintragen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="175"/>
        <source>A &amp;rest day</source>
        <translation>Ein &amp;Ruhetag</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="175"/>
        <source>Make it a rest day</source>
        <translation>Zum Ruhetag machen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="176"/>
        <source>&amp;Nothing recorded</source>
        <translation>&amp;Nichts eingetragen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="176"/>
        <source>Clear the day</source>
        <translation>Den Tag leeren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="183"/>
        <source>N&amp;ote for the day (optional):</source>
        <translation>N&amp;otiz zum Tag (optional):</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="186"/>
        <source>Note for the day</source>
        <translation>Notiz zum Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="187"/>
        <source>e.g. slept badly, the tiny version saved it</source>
        <translation>z. B. schlecht geschlafen, die Mini-Version hat es gerettet</translation>
    </message>
</context>
<context>
    <name>DaysPicker</name>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="188"/>
        <source>On these &amp;days:</source>
        <translation>An diesen &amp;Tagen:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="189"/>
        <source>On fixed weekdays</source>
        <translation>An festen Wochentagen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="190"/>
        <source>A &amp;number of times in a period:</source>
        <translation>Mehrmals in einem Zeit&amp;raum:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="191"/>
        <source>A number of times in a period</source>
        <translation>Mehrmals in einem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="208"/>
        <source>Times</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="212"/>
        <source>Days in the period</source>
        <translation>Tage im Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="215"/>
        <source>times in</source>
        <translation>Mal in</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="217"/>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="228"/>
        <source>Read-only: changes cannot be saved</source>
        <translation>Schreibgeschützt: Änderungen lassen sich nicht speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="230"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/desktop.py" line="231"/>
        <source>%n win(s) waiting to be saved</source>
        <translation>
            <numerusform>%n Erfolg wartet darauf, gespeichert zu werden</numerusform>
            <numerusform>%n Erfolge warten darauf, gespeichert zu werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/desktop.py" line="239"/>
        <source>Saved: %n win(s) that were waiting</source>
        <translation>
            <numerusform>Gespeichert: %n wartender Erfolg</numerusform>
            <numerusform>Gespeichert: %n wartende Erfolge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="279"/>
        <source>Add a purpose</source>
        <translation>Ein Vorhaben hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="280"/>
        <source>Every step serves a larger why. What do you want to move forward?</source>
        <translation>Jeder Schritt dient einem größeren Warum. Was möchtest du voranbringen?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="281"/>
        <source>e.g. Write a novel</source>
        <translation>z. B. Einen Roman schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="287"/>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="288"/>
        <source>What is one tiny step you could take?</source>
        <translation>Welchen winzigen Schritt könntest du gehen?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="289"/>
        <source>e.g. Open the draft and write one sentence</source>
        <translation>z. B. Den Entwurf öffnen und einen Satz schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="299"/>
        <source>What is the tiniest version of “%1”?</source>
        <translation>Was ist die winzigste Version von „%1“?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="302"/>
        <source>What is a smaller first step for “%1”?</source>
        <translation>Was wäre ein kleinerer erster Schritt für „%1“?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="305"/>
        <source>Smaller version</source>
        <translation>Kleinere Version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="312"/>
        <source>Small Wins</source>
        <translation>Small Wins</translation>
    </message>
</context>
<context>
    <name>HabitDialog</name>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="289"/>
        <source>Edit habit</source>
        <translation>Gewohnheit bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="289"/>
        <source>New habit</source>
        <translation>Neue Gewohnheit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="297"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="302"/>
        <source>e.g. pour my morning coffee</source>
        <translation>z. B. mir den Morgenkaffee eingieße</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="304"/>
        <source>Time of the new routine</source>
        <translation>Uhrzeit der neuen Routine</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="309"/>
        <source>Habit action</source>
        <translation>Gewohnheit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="310"/>
        <source>e.g. read one page</source>
        <translation>z. B. eine Seite lesen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="311"/>
        <source>Tiny version</source>
        <translation>Mini-Version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="312"/>
        <source>the smallest version, for a hard day (optional)</source>
        <translation>die kleinste Version, für schwere Tage (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="317"/>
        <source>Purpose</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="318"/>
        <source>No purpose</source>
        <translation>Kein Vorhaben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="325"/>
        <source>&amp;Remind me at the routine&apos;s time</source>
        <translation>&amp;Zur Zeit der Routine erinnern</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="326"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="329"/>
        <source>Place in the routine&apos;s stack</source>
        <translation>Stelle im Stapel der Routine</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="346"/>
        <source>&amp;After I …</source>
        <translation>&amp;Nachdem ich …</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="347"/>
        <source>a&amp;t</source>
        <translation>&amp;um</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="349"/>
        <source>I &amp;will …</source>
        <translation>&amp;werde ich …</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="350"/>
        <source>T&amp;iny version:</source>
        <translation>M&amp;ini-Version:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="351"/>
        <source>Place in the &amp;stack:</source>
        <translation>Stelle im &amp;Stapel:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="352"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Vorhaben:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="373"/>
        <source>A new routine: it happens at this time every day.</source>
        <translation>Eine neue Routine: Sie findet jeden Tag um diese Uhrzeit statt.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="379"/>
        <source>Its times are the routine&apos;s: change them with “Routine times…”.</source>
        <translation>Die Uhrzeiten gehören zur Routine: Ändere sie mit „Zeiten der Routine…“.</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="108"/>
        <source>Import — Small Wins</source>
        <translation>Import — Small Wins</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="109"/>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="110"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="132"/>
        <source>Importing {file}: {done} of {total} records</source>
        <translation>{file} wird importiert: {done} von {total} Einträgen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="142"/>
        <source>Cancelling: undoing the import…</source>
        <translation>Wird abgebrochen: der Import wird rückgängig gemacht…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="143"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>KeepTypedPrompt</name>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="158"/>
        <source>Leave the welcome?</source>
        <translation>Begrüßung verlassen?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="161"/>
        <source>&amp;Stay</source>
        <translation>&amp;Bleiben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="163"/>
        <source>What you typed is not saved.</source>
        <translation>Was du eingegeben hast, wird nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="166"/>
        <source>&amp;Leave</source>
        <translation>&amp;Verlassen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="170"/>
        <source>Keep what you typed?</source>
        <translation>Behalten, was du eingegeben hast?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="173"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="176"/>
        <source>&amp;Keep it</source>
        <translation>Be&amp;halten</translation>
    </message>
</context>
<context>
    <name>NextStepWidget</name>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="263"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="283"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="431"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="432"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="288"/>
        <source>Smaller version</source>
        <translation>Kleinere Version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="289"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="353"/>
        <source>Next step (collapsed)</source>
        <translation>Nächster Schritt (eingeklappt)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="354"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="636"/>
        <source>Expand</source>
        <translation>Ausklappen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="408"/>
        <source>Snoozed until %1: %2</source>
        <translation>Zurückgestellt bis %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="414"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="415"/>
        <source>Bring it back now</source>
        <translation>Jetzt zurückholen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="417"/>
        <source>Add one tiny step</source>
        <translation>Einen winzigen Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="418"/>
        <source>What is the smallest thing you could do next?</source>
        <translation>Was ist das Kleinste, das du als Nächstes tun könntest?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="420"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="421"/>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="425"/>
        <source>After %1</source>
        <translation>Nach %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="636"/>
        <source>Collapse</source>
        <translation>Einklappen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="638"/>
        <source>Always on top</source>
        <translation>Immer im Vordergrund</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="642"/>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="652"/>
        <source>Plan…</source>
        <translation>Plan…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="655"/>
        <source>Streaks…</source>
        <translation>Serien…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="658"/>
        <source>Weekly review…</source>
        <translation>Wochenrückblick…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="661"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="664"/>
        <source>Hide widget</source>
        <translation>Widget ausblenden</translation>
    </message>
</context>
<context>
    <name>PlaceRow</name>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="63"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="79"/>
        <source>(not created yet)</source>
        <translation>(noch nicht angelegt)</translation>
    </message>
</context>
<context>
    <name>PlanWindow</name>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="134"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="135"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="140"/>
        <source>The purpose&apos;s plan</source>
        <translation>Der Plan des Vorhabens</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="141"/>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="142"/>
        <source>&amp;Habits</source>
        <translation>&amp;Gewohnheiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="150"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="150"/>
        <source>Close the plan</source>
        <translation>Plan schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="169"/>
        <source>&amp;Purposes</source>
        <translation>&amp;Vorhaben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="171"/>
        <source>Purposes</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="176"/>
        <source>Show a&amp;rchived</source>
        <translation>A&amp;rchivierte zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="177"/>
        <source>Show archived purposes and habits</source>
        <translation>Archivierte Vorhaben und Gewohnheiten zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="180"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="180"/>
        <source>Add a purpose</source>
        <translation>Ein Vorhaben hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="183"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="183"/>
        <source>Edit the purpose</source>
        <translation>Das Vorhaben bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="186"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="531"/>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chivieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="186"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="536"/>
        <source>Archive the purpose</source>
        <translation>Das Vorhaben archivieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="189"/>
        <source>&amp;Focus</source>
        <translation>&amp;Fokus</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="189"/>
        <source>Focus on this purpose</source>
        <translation>Auf dieses Vorhaben konzentrieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="208"/>
        <source>Steps, in the order they come</source>
        <translation>Schritte, in ihrer Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="212"/>
        <source>Show &amp;done and dropped</source>
        <translation>&amp;Erledigte und verworfene zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="213"/>
        <source>Show done and dropped steps</source>
        <translation>Erledigte und verworfene Schritte zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="219"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="257"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="219"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="645"/>
        <source>Add a step</source>
        <translation>Einen Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="220"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="258"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="220"/>
        <source>Edit the step&apos;s words</source>
        <translation>Den Text des Schritts bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="222"/>
        <source>Smaller…</source>
        <translation>Kleiner…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="222"/>
        <source>Break the step into a smaller one</source>
        <translation>Den Schritt in einen kleineren aufteilen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="224"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="224"/>
        <source>Mark the step done</source>
        <translation>Den Schritt als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="225"/>
        <source>Drop</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="225"/>
        <source>Drop the step</source>
        <translation>Den Schritt verwerfen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="227"/>
        <source>Reopen</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="227"/>
        <source>Put the dropped step back</source>
        <translation>Den verworfenen Schritt zurückholen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="230"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="265"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="230"/>
        <source>Move the step up</source>
        <translation>Den Schritt nach oben schieben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="233"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="270"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="233"/>
        <source>Move the step down</source>
        <translation>Den Schritt nach unten schieben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="244"/>
        <source>Insert adds, F2 edits, Ctrl+Enter marks done, Delete drops, Ctrl+↑/↓ moves.</source>
        <translation>Einfg fügt hinzu, F2 bearbeitet, Strg+Eingabe erledigt, Entf verwirft, Strg+↑/↓ verschiebt.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="252"/>
        <source>Habits, stacked on their routines</source>
        <translation>Gewohnheiten, gestapelt auf ihren Routinen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="257"/>
        <source>Add a habit</source>
        <translation>Eine Gewohnheit hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="258"/>
        <source>Edit the habit</source>
        <translation>Die Gewohnheit bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="260"/>
        <source>Routine times…</source>
        <translation>Zeiten der Routine…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="261"/>
        <source>Edit the routine&apos;s name and times</source>
        <translation>Name und Zeiten der Routine bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="266"/>
        <source>Move the habit up the stack</source>
        <translation>Die Gewohnheit im Stapel nach oben schieben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="271"/>
        <source>Move the habit down the stack</source>
        <translation>Die Gewohnheit im Stapel nach unten schieben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="275"/>
        <source>Streaks</source>
        <translation>Serien</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="275"/>
        <source>Show the habit&apos;s streaks</source>
        <translation>Die Serien der Gewohnheit zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="278"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="557"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="278"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="559"/>
        <source>Archive the habit</source>
        <translation>Die Gewohnheit archivieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="280"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="280"/>
        <source>Delete the habit</source>
        <translation>Die Gewohnheit löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="289"/>
        <source>The selected routine and its times</source>
        <translation>Die gewählte Routine und ihre Zeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="302"/>
        <source>Insert adds, F2 edits, Delete deletes, Ctrl+↑/↓ moves in the stack.</source>
        <translation>Einfg fügt hinzu, F2 bearbeitet, Entf löscht, Strg+↑/↓ verschiebt im Stapel.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="359"/>
        <source>%1 (focus)</source>
        <translation>%1 (Fokus)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="361"/>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="369"/>
        <source>Habits without a purpose</source>
        <translation>Gewohnheiten ohne Vorhaben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="393"/>
        <source>%1 (dropped)</source>
        <translation>%1 (verworfen)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="453"/>
        <source>no time</source>
        <translation>keine Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="454"/>
        <source>After %1 · %2</source>
        <translation>Nach %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="459"/>
        <source>tiny: %1</source>
        <translation>mini: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="466"/>
        <source>%1 in %2 days</source>
        <translation>%1 in %2 Tagen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="471"/>
        <source>no reminder</source>
        <translation>keine Erinnerung</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="473"/>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="531"/>
        <source>Rest&amp;ore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="534"/>
        <source>Restore the purpose</source>
        <translation>Das Vorhaben wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="557"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="559"/>
        <source>Restore the habit</source>
        <translation>Die Gewohnheit wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="646"/>
        <source>A tiny next step for “%1”:</source>
        <translation>Ein winziger nächster Schritt für „%1“:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="647"/>
        <source>e.g. open the draft</source>
        <translation>z. B. den Entwurf öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="657"/>
        <source>Edit the step</source>
        <translation>Den Schritt bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="657"/>
        <source>The step:</source>
        <translation>Der Schritt:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="667"/>
        <source>A smaller step</source>
        <translation>Ein kleinerer Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="668"/>
        <source>What is a smaller first step of “%1”?</source>
        <translation>Was ist ein kleinerer erster Schritt von „%1“?</translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="203"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="109"/>
        <source>Edit purpose</source>
        <translation>Vorhaben bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="109"/>
        <source>New purpose</source>
        <translation>Neues Vorhaben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="110"/>
        <source>Purpose name</source>
        <translation>Name des Vorhabens</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="111"/>
        <source>e.g. Write a novel</source>
        <translation>z. B. Einen Roman schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="112"/>
        <source>Why it matters</source>
        <translation>Warum es dir wichtig ist</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="113"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="117"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="119"/>
        <source>No colo&amp;ur</source>
        <translation>&amp;Keine Farbe</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="120"/>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="131"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="132"/>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="133"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="148"/>
        <source>Purpose colour</source>
        <translation>Farbe des Vorhabens</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="155"/>
        <source>C&amp;hange…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="158"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
</context>
<context>
    <name>ReminderPresenter</name>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="35"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/reminders.py" line="36"/>
        <source>Snooze %n min</source>
        <translation>
            <numerusform>%n Min. später</numerusform>
            <numerusform>%n Min. später</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="44"/>
        <source>Show Small Wins</source>
        <translation>Small Wins zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="47"/>
        <source>After %1</source>
        <translation>Nach %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="58"/>
        <source>Last time slipped — that&apos;s fine. Never miss twice: even “%1” counts.</source>
        <translation>Letztes Mal hat es nicht geklappt – kein Problem. Nie zweimal auslassen: Schon „%1“ zählt.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="64"/>
        <source>Last time slipped — that&apos;s fine. Never miss twice: any small start counts.</source>
        <translation>Letztes Mal hat es nicht geklappt – kein Problem. Nie zweimal auslassen: Jeder kleine Anfang zählt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/reminders.py" line="70"/>
        <source>%n prompt(s).</source>
        <translation>
            <numerusform>%n Erinnerung.</numerusform>
            <numerusform>%n Erinnerungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="72"/>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="105"/>
        <source>While you were away</source>
        <translation>Während du weg warst</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="119"/>
        <source>Your weekly review</source>
        <translation>Dein Wochenrückblick</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="121"/>
        <source>A few minutes to look back on the week: what went well, what felt heavy, and one focus for the next.</source>
        <translation>Ein paar Minuten für den Blick zurück auf die Woche: was gut lief, was schwer fiel, und ein Fokus für die nächste.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="124"/>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="127"/>
        <source>Open review</source>
        <translation>Rückblick öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="38"/>
        <source>Tiny version</source>
        <translation>Mini-Version</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="51"/>
        <source>Weekly review</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="54"/>
        <source>%n win(s) this week</source>
        <translation>
            <numerusform>%n Erfolg diese Woche</numerusform>
            <numerusform>%n Erfolge diese Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="56"/>
        <source>last week: %n</source>
        <translation>
            <numerusform>letzte Woche: %n</numerusform>
            <numerusform>letzte Woche: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="58"/>
        <source>Wins per day</source>
        <translation>Erfolge pro Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="62"/>
        <source>Habit</source>
        <translation>Gewohnheit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="63"/>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="64"/>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="65"/>
        <source>Habits</source>
        <translation>Gewohnheiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="75"/>
        <source>✓ done (or its tiny version), ✗ missed, ~ missed once, streak kept, – rest day, ○ today, still open, · not scheduled</source>
        <translation>✓ erledigt (oder in der Mini-Version), ✗ verpasst, ~ einmal verpasst, Serie gehalten, – Ruhetag, ○ heute, noch offen, · nicht geplant</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="79"/>
        <source>Steps finished</source>
        <translation>Erledigte Schritte</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="80"/>
        <source>None this week.</source>
        <translation>Keine in dieser Woche.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="81"/>
        <source>What felt heavy</source>
        <translation>Was schwer fiel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="84"/>
        <source>%1: missed %n time(s)</source>
        <translation>
            <numerusform>%1: %n-mal verpasst</numerusform>
            <numerusform>%1: %n-mal verpasst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="86"/>
        <source>Nothing: no habit was missed twice.</source>
        <translation>Nichts: keine Gewohnheit wurde zweimal verpasst.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="88"/>
        <source>Strongest anchor</source>
        <translation>Stärkster Anker</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="90"/>
        <source>After %1: %2 of %3 done.</source>
        <translation>Nach %1: %2 von %3 erledigt.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="95"/>
        <source>What helped?</source>
        <translation>Was hat geholfen?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="96"/>
        <source>What got in the way?</source>
        <translation>Was stand im Weg?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="98"/>
        <source>Focus for next week</source>
        <translation>Fokus für nächste Woche</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="100"/>
        <source>Not saved in Small Wins yet.</source>
        <translation>Noch nicht in Small Wins gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="109"/>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="124"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="117"/>
        <source>the file could not be written</source>
        <translation>die Datei konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="211"/>
        <location filename="../../desktop/smallwins/ui/review.py" line="212"/>
        <source>Weekly review</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="233"/>
        <source>Wins this week</source>
        <translation>Erfolge diese Woche</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="240"/>
        <source>Wins per day</source>
        <translation>Erfolge pro Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="242"/>
        <source>Habits</source>
        <translation>Gewohnheiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="248"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="250"/>
        <source>No habits yet.</source>
        <translation>Noch keine Gewohnheiten.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="252"/>
        <location filename="../../desktop/smallwins/ui/review.py" line="255"/>
        <source>Steps finished</source>
        <translation>Erledigte Schritte</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="257"/>
        <source>What felt heavy</source>
        <translation>Was schwer fiel</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="260"/>
        <location filename="../../desktop/smallwins/ui/review.py" line="263"/>
        <source>Strongest anchor</source>
        <translation>Stärkster Anker</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="265"/>
        <source>Looking back</source>
        <translation>Rückschau</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="266"/>
        <source>What &amp;helped?</source>
        <translation>Was hat &amp;geholfen?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="266"/>
        <source>What helped</source>
        <translation>Was hat geholfen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="268"/>
        <source>What got in the &amp;way?</source>
        <translation>Was stand im &amp;Weg?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="268"/>
        <source>What got in the way</source>
        <translation>Was stand im Weg</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="270"/>
        <source>&amp;Focus for next week:</source>
        <translation>&amp;Fokus für nächste Woche:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="272"/>
        <source>Focus for next week</source>
        <translation>Fokus für nächste Woche</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="285"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="286"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="287"/>
        <source>Export the review</source>
        <translation>Den Rückblick exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="290"/>
        <source>As an &amp;image (PNG)…</source>
        <translation>Als &amp;Bild (PNG)…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="291"/>
        <source>As &amp;Markdown…</source>
        <translation>Als &amp;Markdown…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="293"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="294"/>
        <source>Save the review</source>
        <translation>Den Rückblick speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="297"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="298"/>
        <source>Close the review</source>
        <translation>Den Rückblick schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="312"/>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Vorige Woche</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="312"/>
        <source>Show the previous week</source>
        <translation>Die vorige Woche zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="315"/>
        <source>Next wee&amp;k ▶</source>
        <translation>&amp;Nächste Woche ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="315"/>
        <source>Show the next week</source>
        <translation>Die nächste Woche zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="318"/>
        <source>This w&amp;eek</source>
        <translation>&amp;Diese Woche</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="318"/>
        <source>Show this week</source>
        <translation>Diese Woche zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="323"/>
        <source>Week shown</source>
        <translation>Gezeigte Woche</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="325"/>
        <source>Saved reviews</source>
        <translation>Gespeicherte Rückblicke</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="327"/>
        <source>Sa&amp;ved:</source>
        <translation>Ges&amp;peichert:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="489"/>
        <source>Sh&amp;rink…</source>
        <translation>Ver&amp;kleinern…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="520"/>
        <source>Week {number} · {first} – {last}</source>
        <translation>Woche {number} · {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="407"/>
        <source>No steps finished this week.</source>
        <translation>Diese Woche wurde kein Schritt erledigt.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="410"/>
        <source>No habit was due yet this week.</source>
        <translation>Diese Woche war noch keine Gewohnheit fällig.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="413"/>
        <source>After {routine}: {done} of {due} done.</source>
        <translation>Nach {routine}: {done} von {due} erledigt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/review.py" line="420"/>
        <source>%n win(s) this week</source>
        <translation>
            <numerusform>%n Erfolg diese Woche</numerusform>
            <numerusform>%n Erfolge diese Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/review.py" line="423"/>
        <source>%n more than last week</source>
        <translation>
            <numerusform>%n mehr als letzte Woche</numerusform>
            <numerusform>%n mehr als letzte Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/review.py" line="425"/>
        <source>%n fewer than last week</source>
        <translation>
            <numerusform>%n weniger als letzte Woche</numerusform>
            <numerusform>%n weniger als letzte Woche</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="427"/>
        <source>as many as last week</source>
        <translation>so viele wie letzte Woche</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="428"/>
        <source>{wins} — {change} ({last}).</source>
        <translation>{wins} — {change} ({last}).</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="445"/>
        <source>{habit}: the week</source>
        <translation>{habit}: die Woche</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/review.py" line="459"/>
        <source>streak %n</source>
        <translation>
            <numerusform>Serie %n</numerusform>
            <numerusform>Serie %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="465"/>
        <source>strength {strength} % ({change})</source>
        <translation>Stärke {strength} % ({change})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="476"/>
        <source>Nothing: no habit was missed twice.</source>
        <translation>Nichts: keine Gewohnheit wurde zweimal verpasst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/review.py" line="484"/>
        <source>{habit}: missed %n time(s)</source>
        <translation>
            <numerusform>{habit}: %n-mal verpasst</numerusform>
            <numerusform>{habit}: %n-mal verpasst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="490"/>
        <source>Make {habit} lighter</source>
        <translation>{habit} leichter machen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/review.py" line="530"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="542"/>
        <source>No particular focus</source>
        <translation>Kein besonderer Fokus</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="548"/>
        <source>Purpose: {name}</source>
        <translation>Vorhaben: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="583"/>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="587"/>
        <source>Saved {day}, {time}</source>
        <translation>Gespeichert {day}, {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="595"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="652"/>
        <source>Export the review as an image</source>
        <translation>Den Rückblick als Bild exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="657"/>
        <source>Export the review as Markdown</source>
        <translation>Den Rückblick als Markdown exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="685"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="686"/>
        <source>tiny version</source>
        <translation>Mini-Version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="687"/>
        <source>done after a miss</source>
        <translation>erledigt nach einem Aussetzer</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="688"/>
        <source>rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="689"/>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="690"/>
        <source>missed once, streak kept</source>
        <translation>einmal verpasst, Serie gehalten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="691"/>
        <source>today, still open</source>
        <translation>heute, noch offen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="692"/>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="693"/>
        <source>before the habit began</source>
        <translation>vor Beginn der Gewohnheit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="694"/>
        <source>still to come</source>
        <translation>kommt noch</translation>
    </message>
</context>
<context>
    <name>RoutineDialog</name>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="429"/>
        <source>Routine times</source>
        <translation>Zeiten der Routine</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="431"/>
        <source>Routine name</source>
        <translation>Name der Routine</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="433"/>
        <source>How the times repeat</source>
        <translation>Wie sich die Zeiten wiederholen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="434"/>
        <source>The same time every day</source>
        <translation>Jeden Tag zur selben Zeit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="435"/>
        <source>Weekdays and weekends</source>
        <translation>Werktags und am Wochenende</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="436"/>
        <source>Each day on its own</source>
        <translation>Jeder Tag für sich</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="439"/>
        <source>Time every day</source>
        <translation>Uhrzeit an jedem Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="442"/>
        <source>&amp;Weekdays (Mon–Fri) at</source>
        <translation>&amp;Werktags (Mo–Fr) um</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="443"/>
        <source>On weekdays</source>
        <translation>Werktags</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="444"/>
        <source>Time on weekdays</source>
        <translation>Uhrzeit werktags</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="445"/>
        <source>Wee&amp;kends (Sat–Sun) at</source>
        <translation>Am Wo&amp;chenende (Sa–So) um</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="446"/>
        <source>On weekends</source>
        <translation>Am Wochenende</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="447"/>
        <source>Time on weekends</source>
        <translation>Uhrzeit am Wochenende</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="459"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="460"/>
        <source>&amp;Times:</source>
        <translation>&amp;Zeiten:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="465"/>
        <source>Every habit stacked on this routine follows its times.</source>
        <translation>Jede Gewohnheit auf dieser Routine folgt ihren Zeiten.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="484"/>
        <source>Time on %1</source>
        <translation>Uhrzeit am %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="497"/>
        <source>&amp;Every day at</source>
        <translation>&amp;Jeden Tag um</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="87"/>
        <location filename="../../desktop/smallwins/ui/settings.py" line="88"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="91"/>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="93"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="94"/>
        <source>&amp;Widget</source>
        <translation>&amp;Widget</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="95"/>
        <source>C&amp;elebrations</source>
        <translation>&amp;Feiern</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="96"/>
        <source>&amp;Reminders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="98"/>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="101"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="102"/>
        <source>Close settings</source>
        <translation>Einstellungen schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="144"/>
        <source>&amp;Start Small Wins when I log in</source>
        <translation>Small Wins beim A&amp;nmelden starten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="144"/>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="154"/>
        <source>Day starts at</source>
        <translation>Tag beginnt um</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="154"/>
        <source>Da&amp;y starts at:</source>
        <translation>&amp;Tag beginnt um:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="156"/>
        <source>Wins before this hour count for the day before — handy for night owls.</source>
        <translation>Erfolge vor dieser Uhrzeit zählen zum Vortag — praktisch für Nachteulen.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="160"/>
        <source>As the language has it</source>
        <translation>Wie in der Sprache üblich</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="165"/>
        <source>Wee&amp;k starts on:</source>
        <translation>Woche beginnt a&amp;m:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="165"/>
        <source>Week starts on</source>
        <translation>Woche beginnt am</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="168"/>
        <source>Follow system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="169"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="170"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="172"/>
        <source>&amp;Theme:</source>
        <translation>Erscheinungs&amp;bild:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="172"/>
        <source>Theme</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="175"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="179"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="179"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="181"/>
        <source>A new language applies the next time Small Wins starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Small Wins.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="189"/>
        <source>S&amp;how the next-step widget</source>
        <translation>Widget mit dem nächsten Schritt &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="189"/>
        <source>Show the widget</source>
        <translation>Widget anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="193"/>
        <source>Keep it &amp;above other windows</source>
        <translation>Ü&amp;ber anderen Fenstern halten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="193"/>
        <source>Always on top</source>
        <translation>Immer im Vordergrund</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="196"/>
        <source>&amp;Collapse it to a small pill</source>
        <translation>Zu einer schmalen &amp;Leiste einklappen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="196"/>
        <source>Collapsed</source>
        <translation>Eingeklappt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="216"/>
        <source>&amp;Opacity:</source>
        <translation>Dec&amp;kkraft:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="218"/>
        <source>Widget opacity in percent</source>
        <translation>Deckkraft des Widgets in Prozent</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="220"/>
        <source>Right-click the widget for the same choices.</source>
        <translation>Dieselben Optionen findest du im Rechtsklickmenü des Widgets.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="226"/>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="227"/>
        <source>Reduced motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="228"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="230"/>
        <source>&amp;Style:</source>
        <translation>&amp;Stil:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="230"/>
        <source>Celebration style</source>
        <translation>Art der Feier</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="233"/>
        <source>One per line, e.g. “Future me says thanks.”</source>
        <translation>Eine pro Zeile, z. B. „Mein zukünftiges Ich sagt danke.“</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="235"/>
        <source>Your own &amp;messages:</source>
        <translation>Eigene &amp;Nachrichten:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="237"/>
        <source>Your own messages, one per line</source>
        <translation>Eigene Nachrichten, eine pro Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="240"/>
        <source>Shown among the built-in cheers.</source>
        <translation>Sie erscheinen zwischen den eingebauten Glückwünschen.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="243"/>
        <source>One per line, e.g. “stretch for a minute”</source>
        <translation>Eine pro Zeile, z. B. „eine Minute dehnen“</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="245"/>
        <source>&amp;Quick rewards:</source>
        <translation>&amp;Kleine Belohnungen:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="247"/>
        <source>Quick rewards, one per line</source>
        <translation>Kleine Belohnungen, eine pro Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="253"/>
        <source>Suggested every few wins. Keep them short, like “stretch for a minute” or “make a cup of tea”.</source>
        <translation>Alle paar Erfolge wird eine vorgeschlagen. Halte sie kurz, etwa „eine Minute dehnen“ oder „einen Tee kochen“.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="277"/>
        <source>Remind &amp;me at my routines’ times</source>
        <translation>Zu den Zeiten meiner Routinen er&amp;innern</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="277"/>
        <source>Reminders on</source>
        <translation>Erinnerungen an</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="282"/>
        <source>&amp;Quiet hours</source>
        <translation>&amp;Ruhezeit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="282"/>
        <source>Quiet hours on</source>
        <translation>Ruhezeit an</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="284"/>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="285"/>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="289"/>
        <source>&amp;from</source>
        <translation>&amp;von</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="291"/>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="300"/>
        <source>No reminders come between these times.</source>
        <translation>In dieser Zeit kommen keine Erinnerungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="303"/>
        <source>Prompt me for the weekly re&amp;view</source>
        <translation>An den Wochenrüc&amp;kblick erinnern</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="303"/>
        <source>Weekly review prompt on</source>
        <translation>Erinnerung an den Wochenrückblick an</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="307"/>
        <source>Weekly review day</source>
        <translation>Tag des Wochenrückblicks</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="311"/>
        <source>Weekly review time</source>
        <translation>Uhrzeit des Wochenrückblicks</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="313"/>
        <source>o&amp;n</source>
        <translation>a&amp;m</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="315"/>
        <source>&amp;at</source>
        <translation>&amp;um</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="326"/>
        <source>One notification a week that opens the weekly review.</source>
        <translation>Eine Benachrichtigung pro Woche, die den Wochenrückblick öffnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="418"/>
        <source>Could not save this setting: %1</source>
        <translation>Die Einstellung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="437"/>
        <source>Could not change the login item: %1</source>
        <translation>Der Autostart-Eintrag konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>ShrinkForm</name>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="153"/>
        <source>e.g. read one sentence</source>
        <translation>z. B. einen Satz lesen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="154"/>
        <source>Tiny version</source>
        <translation>Mini-Version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="155"/>
        <source>&amp;Tiny version:</source>
        <translation>&amp;Mini-Version:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="160"/>
        <source>&amp;Make it lighter</source>
        <translation>&amp;Leichter machen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="161"/>
        <source>Save the lighter habit</source>
        <translation>Die leichtere Gewohnheit speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="163"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="181"/>
        <source>Choose at least one day.</source>
        <translation>Wähle mindestens einen Tag.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="191"/>
        <source>Made lighter.</source>
        <translation>Leichter gemacht.</translation>
    </message>
</context>
<context>
    <name>StreaksWindow</name>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="264"/>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="265"/>
        <source>Streaks</source>
        <translation>Serien</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="271"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="272"/>
        <source>Close the streaks</source>
        <translation>Die Serien schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="295"/>
        <source>&amp;Habit:</source>
        <translation>&amp;Gewohnheit:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="297"/>
        <source>Habit to show</source>
        <translation>Angezeigte Gewohnheit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="300"/>
        <source>Show a&amp;rchived</source>
        <translation>A&amp;rchivierte zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="301"/>
        <source>Show archived habits</source>
        <translation>Archivierte Gewohnheiten zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="312"/>
        <source>Streak figures</source>
        <translation>Serien in Zahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="315"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="317"/>
        <source>Year heatmap</source>
        <translation>Jahreskalender</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="319"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="320"/>
        <source>&amp;Year</source>
        <translation>&amp;Jahr</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="321"/>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="328"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="330"/>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="332"/>
        <source>Best streaks</source>
        <translation>Beste Serien</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="367"/>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="371"/>
        <source>Strength over the last 90 days</source>
        <translation>Stärke in den letzten 90 Tagen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="377"/>
        <source>This month and the last</source>
        <translation>Dieser Monat und der letzte</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="379"/>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="394"/>
        <source>Wins</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="395"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="396"/>
        <source>Tiny version</source>
        <translation>Mini-Version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="397"/>
        <source>Rest days</source>
        <translation>Ruhetage</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="398"/>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="411"/>
        <source>Which weekdays get done</source>
        <translation>An welchen Wochentagen es klappt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="413"/>
        <source>Weekdays by month</source>
        <translation>Wochentage nach Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="415"/>
        <source>A full disc: done on every one of those days; a ring alone: on none.</source>
        <translation>Eine volle Scheibe: an jedem dieser Tage erledigt; nur ein Ring: an keinem.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="424"/>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="426"/>
        <source>Steps finished per purpose</source>
        <translation>Erledigte Schritte je Vorhaben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="427"/>
        <source>No steps yet: add some in the plan.</source>
        <translation>Noch keine Schritte: Füge im Plan welche hinzu.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="464"/>
        <source>◀ Previous year</source>
        <translation>◀ Voriges Jahr</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="464"/>
        <source>Show the previous year</source>
        <translation>Das vorige Jahr zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="467"/>
        <source>Next year ▶</source>
        <translation>Nächstes Jahr ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="467"/>
        <source>Show the next year</source>
        <translation>Das nächste Jahr zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="479"/>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="479"/>
        <source>Show the previous month</source>
        <translation>Den vorigen Monat zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="482"/>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="482"/>
        <source>Show the next month</source>
        <translation>Den nächsten Monat zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="485"/>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="485"/>
        <source>Show today</source>
        <translation>Heute zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="578"/>
        <source>All habits</source>
        <translation>Alle Gewohnheiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="582"/>
        <source>{habit} (archived)</source>
        <translation>{habit} (archiviert)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/streaks.py" line="653"/>
        <source>Today: %1 of %n habit(s) done.</source>
        <translation>
            <numerusform>Heute: %1 von %n Gewohnheit erledigt.</numerusform>
            <numerusform>Heute: %1 von %n Gewohnheiten erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="655"/>
        <source>Nothing scheduled today.</source>
        <translation>Heute ist nichts geplant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/streaks.py" line="661"/>
        <source>Current streak: %n day(s)</source>
        <translation>
            <numerusform>Aktuelle Serie: %n Tag</numerusform>
            <numerusform>Aktuelle Serie: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="663"/>
        <source>(bent, still going)</source>
        <translation>(geknickt, läuft weiter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/streaks.py" line="664"/>
        <source>Best streak: %n day(s)</source>
        <translation>
            <numerusform>Beste Serie: %n Tag</numerusform>
            <numerusform>Beste Serie: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/streaks.py" line="672"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="674"/>
        <source>{days}: {first}</source>
        <translation>{days}: {first}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="675"/>
        <source>{days}: {first} – {last}</source>
        <translation>{days}: {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="682"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="683"/>
        <source>tiny version</source>
        <translation>Mini-Version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="684"/>
        <source>done after a miss</source>
        <translation>erledigt nach einem Aussetzer</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="685"/>
        <source>rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="686"/>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="687"/>
        <source>missed once, streak kept</source>
        <translation>einmal verpasst, Serie gehalten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="688"/>
        <source>today, still open</source>
        <translation>heute, noch offen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="689"/>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="690"/>
        <source>before the habit began</source>
        <translation>vor Beginn der Gewohnheit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="691"/>
        <source>still to come</source>
        <translation>kommt noch</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="692"/>
        <source>none done</source>
        <translation>keine erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="693"/>
        <source>under half done</source>
        <translation>unter der Hälfte erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="694"/>
        <source>half or more done</source>
        <translation>die Hälfte oder mehr erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="695"/>
        <source>all done</source>
        <translation>alle erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="720"/>
        <source>{day}: still to come</source>
        <translation>{day}: kommt noch</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="722"/>
        <source>{day}: nothing scheduled</source>
        <translation>{day}: nichts geplant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/streaks.py" line="723"/>
        <source>%1 of %n habit(s) done</source>
        <translation>
            <numerusform>%1 von %n Gewohnheit erledigt</numerusform>
            <numerusform>%1 von %n Gewohnheiten erledigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="764"/>
        <source>A day still to come cannot be changed.</source>
        <translation>Ein Tag, der noch kommt, lässt sich nicht ändern.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="768"/>
        <source>Choose a habit to change one of its days.</source>
        <translation>Wähle eine Gewohnheit, um einen ihrer Tage zu ändern.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="797"/>
        <source>up {points} % this week: {done} of {scheduled} done</source>
        <translation>diese Woche {points} % mehr: {done} von {scheduled} erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="799"/>
        <source>down {points} % this week: {done} of {scheduled} done</source>
        <translation>diese Woche {points} % weniger: {done} von {scheduled} erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="801"/>
        <source>steady this week: {done} of {scheduled} done</source>
        <translation>diese Woche gleich: {done} von {scheduled} erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="809"/>
        <source>Mean strength: {percent} % — {why}</source>
        <translation>Mittlere Stärke: {percent} % – {why}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="811"/>
        <source>Strength: {percent} % — {why}</source>
        <translation>Stärke: {percent} % – {why}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="817"/>
        <source>Strength over the last 90 days: from {first} % to {last} %, at most {most} %</source>
        <translation>Stärke in den letzten 90 Tagen: von {first} % auf {last} %, höchstens {most} %</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="824"/>
        <source>No strength yet</source>
        <translation>Noch keine Stärke</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="828"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="841"/>
        <source>{month} so far</source>
        <translation>{month} bisher</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="850"/>
        <source>{what}: {this} this month, {last} last month</source>
        <translation>{what}: {this} in diesem Monat, {last} im letzten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/streaks.py" line="859"/>
        <source>%n win(s) in all, the steps&apos; included.</source>
        <translation>
            <numerusform>%n Erfolg insgesamt, die der Schritte eingeschlossen.</numerusform>
            <numerusform>%n Erfolge insgesamt, die der Schritte eingeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/streaks.py" line="861"/>
        <source>%n win(s) in all.</source>
        <translation>
            <numerusform>%n Erfolg insgesamt.</numerusform>
            <numerusform>%n Erfolge insgesamt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="885"/>
        <source>{month}, {weekday}: nothing to do</source>
        <translation>{month}, {weekday}: nichts zu tun</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/streaks.py" line="886"/>
        <source>done on %1 of %n day(s)</source>
        <translation>
            <numerusform>an %1 von %n Tag erledigt</numerusform>
            <numerusform>an %1 von %n Tagen erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/streaks.py" line="895"/>
        <source>{purpose}: %1 of %n step(s) done</source>
        <translation>
            <numerusform>{purpose}: %1 von %n Schritt erledigt</numerusform>
            <numerusform>{purpose}: %1 von %n Schritten erledigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayMenu</name>
    <message>
        <location filename="../../desktop/smallwins/ui/today.py" line="32"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/today.py" line="38"/>
        <source>Nothing planned today</source>
        <translation>Heute nichts geplant</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/today.py" line="52"/>
        <source>Steps toward %1</source>
        <translation>Schritte für %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/today.py" line="60"/>
        <source>%n more step(s)</source>
        <translation>
            <numerusform>%n weiterer Schritt</numerusform>
            <numerusform>%n weitere Schritte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/today.py" line="69"/>
        <source>✓ %1 — done</source>
        <translation>✓ %1 — erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/today.py" line="71"/>
        <source>✓ %1 — tiny version</source>
        <translation>✓ %1 — Mini-Version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/today.py" line="73"/>
        <source>○ %1 — pending</source>
        <translation>○ %1 — offen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/today.py" line="80"/>
        <source>○ %1 — snoozed until %2</source>
        <translation>○ %1 — zurückgestellt bis %2</translation>
    </message>
</context>
<context>
    <name>TransferTexts</name>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="163"/>
        <source>Purposes</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="164"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="165"/>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="166"/>
        <source>Habits</source>
        <translation>Gewohnheiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="167"/>
        <source>Wins</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="168"/>
        <source>Rest days</source>
        <translation>Ruhetage</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="169"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="170"/>
        <source>Reviews</source>
        <translation>Rückblicke</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="171"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="178"/>
        <source>Nothing changed: everything in {file} is here already.</source>
        <translation>Nichts geändert: alles aus {file} ist schon da.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="182"/>
        <source>Imported {file}:</source>
        <translation>{file} importiert:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="187"/>
        <source>{count} added</source>
        <translation>{count} neu</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="188"/>
        <source>{count} updated</source>
        <translation>{count} geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="189"/>
        <source>{count} removed</source>
        <translation>{count} entfernt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="190"/>
        <source>{count} already here</source>
        <translation>{count} schon da</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="199"/>
        <source>Export — Small Wins</source>
        <translation>Export — Small Wins</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="202"/>
        <source>Import — Small Wins</source>
        <translation>Import — Small Wins</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="205"/>
        <source>Export Small Wins data</source>
        <translation>Daten von Small Wins exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="208"/>
        <source>Import into Small Wins</source>
        <translation>In Small Wins importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="211"/>
        <source>Exported {habits} and {wins} ({records} in all) to {path}.</source>
        <translation>{habits} und {wins} ({records} insgesamt) exportiert nach {path}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/transfer.py" line="212"/>
        <source>%n habit(s)</source>
        <translation>
            <numerusform>%n Gewohnheit</numerusform>
            <numerusform>%n Gewohnheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/transfer.py" line="213"/>
        <source>%n win(s)</source>
        <translation>
            <numerusform>%n Erfolg</numerusform>
            <numerusform>%n Erfolge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/transfer.py" line="214"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="220"/>
        <source>Small Wins JSON, everything (*.json)</source>
        <translation>Small Wins JSON, alles (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="221"/>
        <source>Spreadsheet CSV in a zip (*.zip)</source>
        <translation>CSV für Tabellen, als Zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="222"/>
        <source>Loop Habit Tracker backup (*.db)</source>
        <translation>Sicherung für Loop Habit Tracker (*.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="227"/>
        <source>Small Wins JSON (*.json)</source>
        <translation>Small Wins JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="228"/>
        <source>Loop Habit Tracker backup or CSV export (*.db *.zip)</source>
        <translation>Sicherung oder CSV-Export von Loop Habit Tracker (*.db *.zip)</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/tray.py" line="145"/>
        <source>%n win(s) today</source>
        <translation>
            <numerusform>%n Erfolg heute</numerusform>
            <numerusform>%n Erfolge heute</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="152"/>
        <source>Small Wins — add one tiny step</source>
        <translation>Small Wins — füge einen winzigen Schritt hinzu</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="153"/>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="160"/>
        <source>Snoozed until %1: %2</source>
        <translation>Zurückgestellt bis %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="194"/>
        <source>Smaller version…</source>
        <translation>Kleinere Version…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="197"/>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="199"/>
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="200"/>
        <location filename="../../desktop/smallwins/ui/tray.py" line="216"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="201"/>
        <location filename="../../desktop/smallwins/ui/tray.py" line="216"/>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="187"/>
        <source>↺ Bring it back now</source>
        <translation>↺ Jetzt zurückholen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="191"/>
        <source>Nothing next — add one tiny step</source>
        <translation>Nichts geplant — füge einen winzigen Schritt hinzu</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="206"/>
        <source>Add step…</source>
        <translation>Schritt hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="208"/>
        <source>Undo last win</source>
        <translation>Letzten Erfolg zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="211"/>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="215"/>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="220"/>
        <source>Vacation…</source>
        <translation>Urlaub…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="224"/>
        <source>Hide widget</source>
        <translation>Widget ausblenden</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="228"/>
        <source>Show widget</source>
        <translation>Widget anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="231"/>
        <source>Plan…</source>
        <translation>Plan…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="234"/>
        <source>Streaks…</source>
        <translation>Serien…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="237"/>
        <source>Weekly review…</source>
        <translation>Wochenrückblick…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="240"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="241"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="242"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="246"/>
        <source>Quit Small Wins</source>
        <translation>Small Wins beenden</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="509"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="75"/>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="69"/>
        <source>purpose name</source>
        <translation>Name des Vorhabens</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="513"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="76"/>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="76"/>
        <source>why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="520"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="122"/>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="122"/>
        <source>step text</source>
        <translation>Text des Schritts</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="534"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="210"/>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="186"/>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="322"/>
        <source>routine name</source>
        <translation>Name der Routine</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="535"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="209"/>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="168"/>
        <source>habit action</source>
        <translation>Handlung der Gewohnheit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="874"/>
        <source>say what to change: --action, --tiny, --after, --at, --days, --purpose, --reminder or --place</source>
        <translation>sag, was sich ändern soll: --action, --tiny, --after, --at, --days, --purpose, --reminder oder --place</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="913"/>
        <source>removing {action!r} deletes its {wins} win(s) for good: add --yes, or archive it to keep them</source>
        <translation>{action!r} zu entfernen löscht seine Erfolge ({wins}) endgültig: füge --yes hinzu, oder archiviere die Gewohnheit, um sie zu behalten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1038"/>
        <source>give each --at its --days (or one --at for every day)</source>
        <translation>gib jedem --at seine --days (oder ein --at für jeden Tag)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1045"/>
        <source>--days {days!r}: a routine&apos;s days are weekdays</source>
        <translation>--days {days!r}: die Tage einer Routine sind Wochentage</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1341"/>
        <source>Small Wins is running with this data: quit it first, or restore from its window</source>
        <translation>Small Wins läuft mit diesen Daten: Beende es zuerst, oder stelle in seinem Fenster wieder her</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1351"/>
        <source>nothing was restored</source>
        <translation>nichts wurde wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1384"/>
        <source>nothing was restored: answer y, or add --yes</source>
        <translation>nichts wurde wiederhergestellt: antworte j, oder gib --yes an</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1465"/>
        <source>Small Wins is not running (start it with: {prog})</source>
        <translation>Small Wins läuft nicht (starte es mit: {prog})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/days.py" line="114"/>
        <source>time {text!r} is not in HH:MM form (e.g. 07:30)</source>
        <translation>Die Uhrzeit {text!r} hat nicht die Form HH:MM (z. B. 07:30)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/days.py" line="119"/>
        <source>time {text!r} does not exist (hours 00-23, minutes 00-59)</source>
        <translation>Die Uhrzeit {text!r} gibt es nicht (Stunden 00–23, Minuten 00–59)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/days.py" line="141"/>
        <source>week {week!r} is not an ISO week like 2026-W48</source>
        <translation>Die Woche {week!r} ist keine ISO-Woche wie 2026-W48</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/days.py" line="145"/>
        <source>week {week!r} is before {earliest}: weeks start at 2000-W01</source>
        <translation>Die Woche {week!r} liegt vor dem {earliest}: Wochen beginnen mit 2000-W01</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1191"/>
        <location filename="../../desktop/smallwins/core/validation.py" line="16"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="42"/>
        <source>{what} is empty</source>
        <translation>{what} ist leer</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="45"/>
        <source>{what} is too long ({length} characters; at most {limit})</source>
        <translation>{what} ist zu lang ({length} Zeichen; höchstens {limit})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="55"/>
        <source>{what} contains a control character ({char})</source>
        <translation>{what} enthält ein Steuerzeichen ({char})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="61"/>
        <source>{what} contains an invisible or direction-changing character ({char})</source>
        <translation>{what} enthält ein unsichtbares oder die Schreibrichtung änderndes Zeichen ({char})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="83"/>
        <source>{what} {text!r} is not a real date in YYYY-MM-DD form</source>
        <translation>{what} {text!r} ist kein gültiges Datum in der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="89"/>
        <source>{what} {text!r} is not in YYYY-MM-DD form</source>
        <translation>{what} {text!r} hat nicht die Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="95"/>
        <source>{what} {day} is in the future (today is {today})</source>
        <translation>{what} {day} liegt in der Zukunft (heute ist der {today})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="102"/>
        <source>{what} {text!r} is before {earliest}: days start in 2000</source>
        <translation>{what} {text!r} liegt vor dem {earliest}: Tage beginnen im Jahr 2000</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="130"/>
        <source>schedule {text!r}: a quota is written N/P, e.g. 3/7</source>
        <translation>Plan {text!r}: Ein Soll schreibst du als N/P, z. B. 3/7</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="136"/>
        <source>schedule {text!r}: P must be between 1 and {most} days</source>
        <translation>Plan {text!r}: P muss zwischen 1 und {most} Tagen liegen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="142"/>
        <source>schedule {text!r}: N must be between 1 and P ({days})</source>
        <translation>Plan {text!r}: N muss zwischen 1 und P ({days}) liegen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="157"/>
        <source>schedule {text!r}: unknown weekday {name!r} (use mon,tue,wed,thu,fri,sat,sun, daily, weekdays, weekends or N/P)</source>
        <translation>Plan {text!r}: unbekannter Wochentag {name!r} (nimm mon,tue,wed,thu,fri,sat,sun, daily, weekdays, weekends oder N/P)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="186"/>
        <source>colour {text!r} is not in #RRGGBB form (e.g. #3b82f6)</source>
        <translation>Die Farbe {text!r} hat nicht die Form #RRGGBB (z. B. #3b82f6)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="80"/>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="74"/>
        <source>a purpose named {name!r} already exists</source>
        <translation>Ein Vorhaben namens {name!r} gibt es schon</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="93"/>
        <source>there is no purpose yet: add one first (smallwins purpose add NAME)</source>
        <translation>Es gibt noch kein Vorhaben: Lege zuerst eins an (smallwins purpose add NAME)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="103"/>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="37"/>
        <source>no step with id {id}</source>
        <translation>Es gibt keinen Schritt mit der Nummer {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="105"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="314"/>
        <source>step {id} is already done</source>
        <translation>Schritt {id} ist schon erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="107"/>
        <source>step {id} is already dropped</source>
        <translation>Schritt {id} ist schon verworfen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="129"/>
        <source>{purpose!r} already has the step {step!r}</source>
        <translation>{purpose!r} hat den Schritt {step!r} schon</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="149"/>
        <source>smaller step</source>
        <translation>Kleinerer Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="151"/>
        <source>give at least one smaller step</source>
        <translation>Gib mindestens einen kleineren Schritt an</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="154"/>
        <source>at most {most} smaller steps at once</source>
        <translation>Höchstens {most} kleinere Schritte auf einmal</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="545"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="213"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="274"/>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="175"/>
        <source>tiny version</source>
        <translation>Mini-Version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="219"/>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="173"/>
        <source>a habit named {name!r} already exists</source>
        <translation>Eine Gewohnheit namens {name!r} gibt es schon</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="862"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="309"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="535"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="644"/>
        <source>no habit with id {id}</source>
        <translation>Es gibt keine Gewohnheit mit der Nummer {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="225"/>
        <source>{routine!r} is a new routine: give its time (HH:MM)</source>
        <translation>{routine!r} ist eine neue Routine: gib ihre Uhrzeit an (HH:MM)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="321"/>
        <source>nothing to tick: add one tiny step first (smallwins step add TEXT)</source>
        <translation>Nichts abzuhaken: Lege zuerst einen winzigen Schritt an (smallwins step add TEXT)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="333"/>
        <source>nothing to tick</source>
        <translation>Nichts abzuhaken</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="367"/>
        <source>{habit!r} is already done on {day}</source>
        <translation>{habit!r} ist am {day} schon erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="405"/>
        <source>--tiny is for habits; a step is already tiny</source>
        <translation>--tiny gilt für Gewohnheiten; ein Schritt ist schon winzig</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="451"/>
        <source>there is no win to undo</source>
        <translation>Es gibt keinen Erfolg zum Rückgängigmachen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="485"/>
        <source>rest date {day} is more than {most} days ahead (today is {today})</source>
        <translation>Der Ruhetag {day} liegt mehr als {most} Tage voraus (heute ist der {today})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="492"/>
        <source>rest date</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="500"/>
        <source>{habit!r} already has a win on {day}</source>
        <translation>{habit!r} hat am {day} schon einen Erfolg</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="508"/>
        <source>{day} is already a rest day for all habits</source>
        <translation>Der {day} ist schon ein Ruhetag für alle Gewohnheiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="511"/>
        <source>{day} is already a rest day for {habit!r}</source>
        <translation>Der {day} ist schon ein Ruhetag für {habit!r}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="527"/>
        <source>{day} is not a rest day</source>
        <translation>Der {day} ist kein Ruhetag</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="566"/>
        <source>nothing is recorded for {habit!r} on {day}</source>
        <translation>für {habit!r} ist am {day} nichts eingetragen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="591"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="648"/>
        <source>a snooze lasts between 1 minute and 24 hours</source>
        <translation>Zurückstellen geht für 1 Minute bis 24 Stunden</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="671"/>
        <source>habit {id} is not snoozed</source>
        <translation>Gewohnheit {id} ist nicht zurückgestellt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="673"/>
        <source>step {id} is not snoozed</source>
        <translation>Schritt {id} ist nicht zurückgestellt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="702"/>
        <source>what helped</source>
        <translation>Was hat geholfen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="703"/>
        <source>what got in the way</source>
        <translation>Was stand im Weg</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="705"/>
        <source>choose one focus: a purpose or a step</source>
        <translation>wähle einen Fokus: ein Vorhaben oder einen Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="711"/>
        <source>step {id} is not an open step</source>
        <translation>Schritt {id} ist kein offener Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="718"/>
        <source>purpose {id} is not an active purpose</source>
        <translation>Vorhaben {id} ist kein aktives Vorhaben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="816"/>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="356"/>
        <source>{value!r} is not a valid value for {key}</source>
        <translation>{value!r} ist kein gültiger Wert für {key}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="833"/>
        <source>quiet hours need both a start and an end</source>
        <translation>Die Ruhezeit braucht einen Beginn und ein Ende</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="837"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="860"/>
        <source>{value!r} is not a time in HH:MM form</source>
        <translation>{value!r} ist keine Uhrzeit in der Form HH:MM</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="855"/>
        <source>{value!r} is not a weekday (0 Monday to 6 Sunday)</source>
        <translation>{value!r} ist kein Wochentag (0 Montag bis 6 Sonntag)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="881"/>
        <source>a pause lasts between 1 minute and 7 days</source>
        <translation>Eine Pause dauert 1 Minute bis 7 Tage</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="905"/>
        <source>the vacation ends before it starts</source>
        <translation>Der Urlaub endet, bevor er beginnt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="907"/>
        <source>a vacation starts today or later</source>
        <translation>Ein Urlaub beginnt heute oder später</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="911"/>
        <source>a vacation is at most {most} days long</source>
        <translation>Ein Urlaub dauert höchstens {most} Tage</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/queries.py" line="47"/>
        <source>--from date</source>
        <translation>--from-Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/queries.py" line="52"/>
        <source>--to date</source>
        <translation>--to-Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/queries.py" line="56"/>
        <source>--from {first} is after --to {last}</source>
        <translation>--from {first} liegt nach --to {last}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/queries.py" line="77"/>
        <source>--days must be between 1 and {most}</source>
        <translation>--days muss zwischen 1 und {most} liegen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="700"/>
        <location filename="../../desktop/smallwins/usecases/queries.py" line="105"/>
        <source>week {week} has not started yet</source>
        <translation>Die Woche {week} hat noch nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/view.py" line="280"/>
        <source>no habit named {name!r} (habits: none yet)</source>
        <translation>Keine Gewohnheit namens {name!r} (Gewohnheiten: noch keine)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/view.py" line="284"/>
        <source>no habit named {name!r} (habits: {known})</source>
        <translation>Keine Gewohnheit namens {name!r} (Gewohnheiten: {known})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/view.py" line="296"/>
        <source>no purpose named {name!r} (purposes: none yet)</source>
        <translation>Kein Vorhaben namens {name!r} (Vorhaben: noch keine)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/view.py" line="300"/>
        <source>no purpose named {name!r} (purposes: {known})</source>
        <translation>Kein Vorhaben namens {name!r} (Vorhaben: {known})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/view.py" line="312"/>
        <source>no routine named {name!r} (routines: none yet)</source>
        <translation>Keine Routine namens {name!r} (Routinen: noch keine)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/view.py" line="316"/>
        <source>no routine named {name!r} (routines: {known})</source>
        <translation>Keine Routine namens {name!r} (Routinen: {known})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/database.py" line="126"/>
        <source>cannot create the data file {path}: {reason}</source>
        <translation>Die Datendatei {path} lässt sich nicht anlegen: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/database.py" line="144"/>
        <location filename="../../desktop/smallwins/storage/database.py" line="212"/>
        <location filename="../../desktop/smallwins/storage/database.py" line="245"/>
        <source>cannot open the Small Wins data in {path}: {reason}</source>
        <translation>Die Small-Wins-Daten in {path} lassen sich nicht öffnen: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/database.py" line="165"/>
        <source>there is no Small Wins data in {path}</source>
        <translation>in {path} gibt es keine Small-Wins-Daten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/database.py" line="196"/>
        <source>the data in {path} is read-only and needs an upgrade this version cannot write (schema {version})</source>
        <translation>die Daten in {path} sind schreibgeschützt und bräuchten eine Aktualisierung, die diese Version nicht schreiben kann (Schema {version})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/migrations.py" line="250"/>
        <source>this data was written by a newer Small Wins (schema {version}, this version reads up to {latest}); please update Small Wins</source>
        <translation>Diese Daten stammen von einem neueren Small Wins (Schema {version}, diese Version liest bis {latest}); bitte aktualisiere Small Wins</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/migrations.py" line="302"/>
        <source>the data could not be upgraded: {count} broken reference(s), e.g. {table} row {row} points to a missing {parent}</source>
        <translation>Die Daten ließen sich nicht aktualisieren: kaputte Verweise: {count}, z. B. zeigt {table} Zeile {row} auf ein fehlendes {parent}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="58"/>
        <source>a purpose with this name already exists</source>
        <translation>Ein Vorhaben mit diesem Namen gibt es schon</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="59"/>
        <source>a routine with this name already exists</source>
        <translation>Eine Routine mit diesem Namen gibt es schon</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="60"/>
        <source>a habit with this action already exists</source>
        <translation>Eine Gewohnheit mit dieser Handlung gibt es schon</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="61"/>
        <source>a routine has at most one time per weekday</source>
        <translation>Eine Routine hat höchstens eine Uhrzeit pro Wochentag</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="64"/>
        <source>this rest day is already planned</source>
        <translation>Dieser Ruhetag ist schon geplant</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="65"/>
        <source>a review for this week already exists</source>
        <translation>Einen Wochenrückblick für diese Woche gibt es schon</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="66"/>
        <source>it refers to something that does not exist, or is still referred to</source>
        <translation>Es verweist auf etwas, das es nicht gibt, oder es wird noch gebraucht</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="78"/>
        <source>the change breaks a rule of the data ({reason})</source>
        <translation>Die Änderung verletzt eine Regel der Daten ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/failures.py" line="48"/>
        <source>the disk is full</source>
        <translation>die Festplatte ist voll</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/failures.py" line="49"/>
        <source>the data is read-only</source>
        <translation>die Daten sind schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/failures.py" line="50"/>
        <source>the data is busy: another program is using it</source>
        <translation>die Daten sind belegt: ein anderes Programm benutzt sie</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/failures.py" line="54"/>
        <source>the Small Wins data cannot be used right now: {reason}</source>
        <translation>Die Small-Wins-Daten lassen sich gerade nicht nutzen: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/failures.py" line="51"/>
        <source>the Small Wins data is damaged or unreadable: {reason}</source>
        <translation>Die Small-Wins-Daten sind beschädigt oder unlesbar: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="368"/>
        <source>there is no purpose {id}</source>
        <translation>Es gibt kein Vorhaben {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="433"/>
        <location filename="../../desktop/smallwins/storage/store.py" line="437"/>
        <location filename="../../desktop/smallwins/storage/store.py" line="443"/>
        <source>there is no step {id}</source>
        <translation>Es gibt keinen Schritt {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="511"/>
        <location filename="../../desktop/smallwins/storage/store.py" line="518"/>
        <source>there is no routine {id}</source>
        <translation>Es gibt keine Routine {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="603"/>
        <location filename="../../desktop/smallwins/storage/store.py" line="609"/>
        <location filename="../../desktop/smallwins/storage/store.py" line="626"/>
        <source>there is no habit {id}</source>
        <translation>Es gibt keine Gewohnheit {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="30"/>
        <source>no purpose with id {id}</source>
        <translation>Es gibt kein Vorhaben mit der Nummer {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="44"/>
        <source>no routine with id {id}</source>
        <translation>Es gibt keine Routine mit der Nummer {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="100"/>
        <source>purpose {name!r} is already archived</source>
        <translation>Das Vorhaben {name!r} ist schon archiviert</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="104"/>
        <source>purpose {name!r} is not archived</source>
        <translation>Das Vorhaben {name!r} ist nicht archiviert</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="139"/>
        <source>step {id} is not dropped</source>
        <translation>Schritt {id} ist nicht verworfen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="257"/>
        <source>habit {name!r} is already archived</source>
        <translation>Die Gewohnheit {name!r} ist schon archiviert</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="260"/>
        <source>habit {name!r} is not archived</source>
        <translation>Die Gewohnheit {name!r} ist nicht archiviert</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="295"/>
        <source>weekday {day} does not exist (0 = Monday … 6 = Sunday)</source>
        <translation>Den Wochentag {day} gibt es nicht (0 = Montag … 6 = Sonntag)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="301"/>
        <source>each weekday can have one time only</source>
        <translation>Jeder Wochentag kann nur eine Uhrzeit haben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="305"/>
        <source>give routine {name!r} a time on at least one day</source>
        <translation>Gib der Routine {name!r} an mindestens einem Tag eine Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="326"/>
        <source>a routine named {name!r} already exists</source>
        <translation>Eine Routine namens {name!r} gibt es schon</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/backups.py" line="93"/>
        <source>there is no good backup in {folder}</source>
        <translation>in {folder} gibt es keine gute Sicherung</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/backups.py" line="119"/>
        <source>the data is damaged, so it cannot be replaced while Small Wins has it open: quit Small Wins and start it again, and it offers the newest good backup</source>
        <translation>die Daten sind beschädigt und können nicht ersetzt werden, während Small Wins sie geöffnet hat: Beende Small Wins und starte es neu, dann bietet es die neueste gute Sicherung an</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/backups.py" line="73"/>
        <source>the backup {path} could not be written: {reason}</source>
        <translation>die Sicherung {path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/backups.py" line="157"/>
        <source>there is no data to back up in {path}</source>
        <translation>in {path} gibt es keine Daten zum Sichern</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/backups.py" line="188"/>
        <source>there is no backup {path}</source>
        <translation>es gibt keine Sicherung {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/backups.py" line="204"/>
        <source>it is not Small Wins data</source>
        <translation>es sind keine Small-Wins-Daten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/backups.py" line="206"/>
        <source>it was written by a newer Small Wins</source>
        <translation>sie wurde von einem neueren Small Wins geschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/backups.py" line="209"/>
        <source>the backup {path} cannot be used: {reason}</source>
        <translation>die Sicherung {path} kann nicht benutzt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/health.py" line="34"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/health.py" line="35"/>
        <source>it is not an SQLite database (its header is damaged)</source>
        <translation>sie ist keine SQLite-Datenbank (ihr Kopf ist beschädigt)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/health.py" line="36"/>
        <source>the file is cut short</source>
        <translation>die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/health.py" line="150"/>
        <source>the Small Wins data in {path} is damaged ({reason}); nothing was written to it</source>
        <translation>die Small-Wins-Daten in {path} sind beschädigt ({reason}); nichts wurde hineingeschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/restore.py" line="74"/>
        <source>the backup could not be restored, nothing changed: {reason}</source>
        <translation>die Sicherung konnte nicht wiederhergestellt werden, nichts hat sich geändert: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="69"/>
        <source>the import was cancelled; nothing changed</source>
        <translation>der Import wurde abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="87"/>
        <source>cannot tell the format of {file}: give --format ({formats})</source>
        <translation>das Format von {file} ist nicht zu erkennen: bitte --format angeben ({formats})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="102"/>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="128"/>
        <source>does not exist</source>
        <translation>gibt es nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="106"/>
        <source>is neither a Loop Habit Tracker backup (.db) nor its CSV export (a folder or a zip with Habits.csv)</source>
        <translation>ist weder eine Sicherung von Loop Habit Tracker (.db) noch dessen CSV-Export (ein Ordner oder ein Zip mit Habits.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="113"/>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="225"/>
        <source>unknown format {name!r} (use {formats})</source>
        <translation>unbekanntes Format {name!r} (möglich: {formats})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="133"/>
        <source>is the Small Wins data itself: to go back to an earlier state, restore a backup</source>
        <translation>ist die Small-Wins-Datei selbst: Um zu einem früheren Stand zurückzukehren, stelle eine Sicherung wieder her</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="210"/>
        <source>is the Small Wins data itself: export to a file of its own</source>
        <translation>ist die Small-Wins-Datei selbst: Exportiere in eine eigene Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="421"/>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="542"/>
        <source>the steps&apos; parents go round in a circle</source>
        <translation>die Schritte verweisen im Kreis aufeinander</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/bundle.py" line="109"/>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/bundle.py" line="113"/>
        <source>table {table}, row {row}</source>
        <translation>Tabelle {table}, Zeile {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/bundle.py" line="118"/>
        <source>at {path}</source>
        <translation>bei {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/bundle.py" line="122"/>
        <source>entry {entry!r}</source>
        <translation>Eintrag {entry!r}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/bundle.py" line="130"/>
        <location filename="../../desktop/smallwins/transfer/bundle.py" line="142"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/bundle.py" line="133"/>
        <location filename="../../desktop/smallwins/transfer/bundle.py" line="145"/>
        <source>{file}, {place}: {problem}</source>
        <translation>{file}, {place}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="44"/>
        <source>{field} must be a text</source>
        <translation>{field} muss ein Text sein</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="65"/>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="172"/>
        <source>{field} must be a whole number</source>
        <translation>{field} muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="68"/>
        <source>{field} is {value}; it must be between {low} and {high}</source>
        <translation>{field} ist {value}; erlaubt ist {low} bis {high}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="78"/>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="209"/>
        <source>{field} must be a number</source>
        <translation>{field} muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="81"/>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="453"/>
        <source>{field} is not a usable number ({value})</source>
        <translation>{field} ist keine brauchbare Zahl ({value})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="89"/>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="215"/>
        <source>{field} must be true or false</source>
        <translation>{field} muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="95"/>
        <source>{field} is not a uid (a UUID such as {example})</source>
        <translation>{field} ist keine uid (eine UUID wie {example})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="107"/>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="191"/>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="199"/>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="257"/>
        <source>{field} {value!r} is not one of: {choices}</source>
        <translation>{field} {value!r} ist keiner dieser Werte: {choices}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="116"/>
        <source>{field} must be a date in YYYY-MM-DD form</source>
        <translation>{field} muss ein Datum der Form JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="122"/>
        <source>{field} {value!r} is not a real date</source>
        <translation>{field} {value!r} ist kein gültiges Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="131"/>
        <source>{field} {day} is before {earliest}: days start in 2000</source>
        <translation>{field} {day} liegt vor dem {earliest}: Tage beginnen im Jahr 2000</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="138"/>
        <source>{field} {day} is in the future (today is {today})</source>
        <translation>{field} {day} liegt in der Zukunft (heute ist der {today})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="148"/>
        <source>{field} must be an ISO 8601 time with its offset</source>
        <translation>{field} muss eine Zeit nach ISO 8601 mit UTC-Versatz sein</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="155"/>
        <source>{field} {value!r} is not a real time</source>
        <translation>{field} {value!r} ist keine gültige Zeit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="161"/>
        <source>{field} {value!r} has no UTC offset</source>
        <translation>{field} {value!r} hat keinen UTC-Versatz</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="172"/>
        <source>{field} must be a time HH:MM</source>
        <translation>{field} muss eine Uhrzeit HH:MM sein</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/csvformat.py" line="115"/>
        <source>{path} is there already and is not an earlier CSV export: choose a new folder (or a name ending in .zip)</source>
        <translation>{path} gibt es schon, und es ist kein früherer CSV-Export: bitte einen neuen Ordner wählen (oder einen Namen auf .zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="101"/>
        <source>there is no folder {folder}</source>
        <translation>den Ordner {folder} gibt es nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="109"/>
        <source>cannot be written ({reason})</source>
        <translation>kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="335"/>
        <source>not valid JSON: {reason} (column {column})</source>
        <translation>kein gültiges JSON: {reason} (Spalte {column})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="340"/>
        <source>the JSON is nested too deeply</source>
        <translation>das JSON ist zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="347"/>
        <source>{value} is not a number JSON allows</source>
        <translation>{value} ist keine Zahl, die JSON erlaubt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="354"/>
        <source>the key {key!r} is there twice in one object</source>
        <translation>der Schlüssel {key!r} steht zweimal in einem Objekt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="358"/>
        <source>the number {value} is too large</source>
        <translation>die Zahl {value} ist zu groß</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="393"/>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="459"/>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="552"/>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="691"/>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="709"/>
        <source>{field} must be an object</source>
        <translation>{field} muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="396"/>
        <source>this is not a Small Wins export (no &quot;format&quot;: {format!r})</source>
        <translation>das ist kein Export von Small Wins (kein &quot;format&quot;: {format!r})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="402"/>
        <source>it was written by a newer Small Wins (format version {version}; this one reads up to {latest}); please update Small Wins</source>
        <translation>sie wurde von einem neueren Small Wins geschrieben (Formatversion {version}; diese Version liest bis {latest}); bitte Small Wins aktualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="449"/>
        <source>{field} must be a list</source>
        <translation>{field} muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="452"/>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="695"/>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="156"/>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="366"/>
        <source>too many records ({count}; at most {limit})</source>
        <translation>zu viele Einträge ({count}; höchstens {limit})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="470"/>
        <source>the uid {uid} is there twice (also {kind}[{other}])</source>
        <translation>die uid {uid} steht zweimal darin (auch {kind}[{other}])</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="486"/>
        <source>{field} refers to {uid}, which is not among the {kind}</source>
        <translation>{field} verweist auf {uid}, das nicht unter {kind} steht</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="497"/>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="178"/>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="241"/>
        <source>{field} is missing</source>
        <translation>{field} fehlt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="557"/>
        <source>{value!r} is not a weekday (mon … sun)</source>
        <translation>{value!r} ist kein Wochentag (mon … sun)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="579"/>
        <source>{field} names no weekday</source>
        <translation>{field} nennt keinen Wochentag</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="602"/>
        <source>a win is of one habit or one step</source>
        <translation>ein Erfolg gehört zu genau einer Gewohnheit oder einem Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="666"/>
        <source>the name {name!r} is there twice (also {kind}[{other}])</source>
        <translation>der Name {name!r} steht zweimal darin (auch {kind}[{other}])</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="680"/>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="245"/>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="416"/>
        <source>the same day is there twice (also {kind}[{other}])</source>
        <translation>derselbe Tag steht zweimal darin (auch {kind}[{other}])</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="86"/>
        <source>{entry} is empty</source>
        <translation>{entry} ist leer</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="99"/>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="336"/>
        <source>{value!r} is there twice (also row {other})</source>
        <translation>{value!r} steht zweimal darin (auch Zeile {other})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="121"/>
        <source>has no {entry} (is it Loop&apos;s CSV export?)</source>
        <translation>enthält keine {entry} (ist es der CSV-Export von Loop?)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="147"/>
        <source>a cell is too long</source>
        <translation>ein Feld ist zu lang</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="164"/>
        <source>not valid CSV ({reason})</source>
        <translation>kein gültiges CSV ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="207"/>
        <source>is not a Loop Habit Tracker backup</source>
        <translation>ist keine Sicherung von Loop Habit Tracker</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="214"/>
        <source>cannot be opened ({reason})</source>
        <translation>lässt sich nicht öffnen ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="223"/>
        <source>is damaged or not a Loop backup ({reason})</source>
        <translation>ist beschädigt oder keine Sicherung von Loop ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="256"/>
        <source>is a Loop backup of schema version {version}; this app reads versions {oldest} to {newest}</source>
        <translation>ist eine Loop-Sicherung mit Schemaversion {version}; diese App liest die Versionen {oldest} bis {newest}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="277"/>
        <source>has no table {table} (a Loop backup has one)</source>
        <translation>hat keine Tabelle {table} (eine Loop-Sicherung hat eine)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="301"/>
        <source>table {table} has no column {column}</source>
        <translation>Tabelle {table} hat keine Spalte {column}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="317"/>
        <source>too many habits (at most {limit})</source>
        <translation>zu viele Gewohnheiten (höchstens {limit})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="406"/>
        <source>habit {habit} is not in table Habits</source>
        <translation>Gewohnheit {habit} steht nicht in der Tabelle Habits</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="411"/>
        <source>timestamp {value} is not the start of a day (UTC)</source>
        <translation>der Zeitstempel {value} ist kein Tagesbeginn (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="430"/>
        <source>value {value} is not one Loop writes for a yes/no habit</source>
        <translation>der Wert {value} ist keiner, den Loop für eine Ja/Nein-Gewohnheit schreibt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="462"/>
        <source>{field} {value!r} is not made of hex digits</source>
        <translation>{field} {value!r} besteht nicht aus Hexadezimalziffern</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="40"/>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="64"/>
        <source>cannot be read ({reason})</source>
        <translation>lässt sich nicht lesen ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="43"/>
        <source>is not a file</source>
        <translation>ist keine Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="48"/>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="70"/>
        <source>is too large ({size} MB; at most {limit} MB)</source>
        <translation>ist zu groß ({size} MB; höchstens {limit} MB)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="85"/>
        <source>is not UTF-8 text (a bad byte on line {line})</source>
        <translation>ist kein UTF-8-Text (ein ungültiges Byte in Zeile {line})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="111"/>
        <source>holds too many files ({count}; at most {limit})</source>
        <translation>enthält zu viele Dateien ({count}; höchstens {limit})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="121"/>
        <source>the name points outside the zip&apos;s folder</source>
        <translation>der Name zeigt aus dem Ordner des Zips hinaus</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="124"/>
        <source>is encrypted</source>
        <translation>ist verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="145"/>
        <source>unpacks to more than {limit} MB (a zip bomb?)</source>
        <translation>entpackt sich auf mehr als {limit} MB (eine Zip-Bombe?)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="156"/>
        <source>is damaged ({reason})</source>
        <translation>ist beschädigt ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="172"/>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="183"/>
        <source>is not a readable zip ({reason})</source>
        <translation>ist kein lesbares Zip ({reason})</translation>
    </message>
</context>
<context>
    <name>VacationPrompt</name>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="86"/>
        <source>Vacation</source>
        <translation>Urlaub</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="91"/>
        <source>Rest days for every habit: no reminders, and no day counts as missed. Streaks wait for you.</source>
        <translation>Ruhetage für alle Gewohnheiten: keine Erinnerungen, und kein Tag zählt als verpasst. Deine Serien warten auf dich.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="101"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="101"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="132"/>
        <source>%n rest day(s), through %1</source>
        <translation>
            <numerusform>%n Ruhetag: %1</numerusform>
            <numerusform>%n Ruhetage, bis einschließlich %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="263"/>
        <source>Welcome to Small Wins</source>
        <translation>Willkommen bei Small Wins</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="168"/>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="169"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="413"/>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="185"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="186"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="250"/>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="255"/>
        <source>Or pick an example:</source>
        <translation>Oder wähle ein Beispiel:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="265"/>
        <source>Big goals move forward in tiny steps, and every step you finish is a win. Let’s set up your first one — it takes a minute.</source>
        <translation>Große Ziele kommen in winzigen Schritten voran, und jeder erledigte Schritt ist ein Erfolg. Lass uns deinen ersten einrichten — das dauert nur eine Minute.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="270"/>
        <source>e.g. Write a novel</source>
        <translation>z. B. Einen Roman schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="270"/>
        <source>Purpose: what you want to move forward</source>
        <translation>Vorhaben: was du voranbringen möchtest</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="272"/>
        <source>What do you want to &amp;move forward?</source>
        <translation>Was möchtest du &amp;voranbringen?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="277"/>
        <source>Write a novel</source>
        <translation>Einen Roman schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="278"/>
        <source>Feel stronger</source>
        <translation>Kräftiger werden</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="279"/>
        <source>Learn Spanish</source>
        <translation>Spanisch lernen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="287"/>
        <source>e.g. I want to finish what I start</source>
        <translation>z. B. Ich will zu Ende bringen, was ich anfange</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="287"/>
        <source>Why it matters (optional)</source>
        <translation>Warum es dir wichtig ist (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="289"/>
        <source>&amp;Why does it matter to you? (optional)</source>
        <translation>Wa&amp;rum ist es dir wichtig? (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="298"/>
        <source>One tiny first step</source>
        <translation>Ein winziger erster Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="300"/>
        <source>Make it so small that you could do it right now, in two minutes or less. Small is the point: it is what gets you started.</source>
        <translation>Mach ihn so klein, dass du ihn sofort erledigen könntest, in höchstens zwei Minuten. Genau darum geht es: Das Kleine bringt dich in Gang.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="305"/>
        <source>e.g. Open the draft and write one sentence</source>
        <translation>z. B. Den Entwurf öffnen und einen Satz schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="305"/>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="307"/>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="426"/>
        <source>Your &amp;first step:</source>
        <translation>Dein &amp;erster Schritt:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="313"/>
        <source>Open the draft and write one sentence</source>
        <translation>Den Entwurf öffnen und einen Satz schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="314"/>
        <source>Put on running shoes</source>
        <translation>Die Laufschuhe anziehen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="315"/>
        <source>Learn one new word</source>
        <translation>Ein neues Wort lernen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="326"/>
        <source>Stack a habit on a routine</source>
        <translation>Eine Gewohnheit an eine Routine knüpfen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="328"/>
        <source>Optional: tie a tiny action to something you already do each day, and Small Wins reminds you at that time. Leave it empty to skip.</source>
        <translation>Optional: Verknüpfe eine winzige Handlung mit etwas, das du ohnehin jeden Tag tust — Small Wins erinnert dich zu dieser Zeit daran. Lass die Felder leer, um das zu überspringen.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="333"/>
        <source>e.g. I pour my morning coffee</source>
        <translation>z. B. dem Morgenkaffee</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="333"/>
        <source>Routine: after what</source>
        <translation>Routine: wonach</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="335"/>
        <source>e.g. read one page</source>
        <translation>z. B. eine Seite lesen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="335"/>
        <source>Tiny action</source>
        <translation>Winzige Handlung</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="338"/>
        <source>Time of the routine</source>
        <translation>Uhrzeit der Routine</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="340"/>
        <source>e.g. read one sentence (optional)</source>
        <translation>z. B. einen Satz lesen (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="340"/>
        <source>Tiny version</source>
        <translation>Mini-Version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="346"/>
        <source>&amp;After</source>
        <translation>&amp;Nach</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="347"/>
        <source>I &amp;will</source>
        <translation>werde &amp;ich</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="348"/>
        <source>a&amp;t</source>
        <translation>u&amp;m</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="349"/>
        <source>Tin&amp;y version</source>
        <translation>Mini-&amp;Version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="363"/>
        <source>I pour my morning coffee</source>
        <translation>dem Morgenkaffee</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="363"/>
        <source>read one page</source>
        <translation>eine Seite lesen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="364"/>
        <source>I sit down at my desk</source>
        <translation>dem Frühstück</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="364"/>
        <source>write one sentence</source>
        <translation>einen Satz schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="365"/>
        <source>I brush my teeth at night</source>
        <translation>dem Zähneputzen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="365"/>
        <source>do one push-up</source>
        <translation>einen Liegestütz machen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="371"/>
        <source>After %1, I will %2 at %3</source>
        <translation>Nach %1 um %3: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="399"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="403"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="403"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="404"/>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="404"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="407"/>
        <source>S&amp;kip the habit</source>
        <translation>Gewohnheit übers&amp;pringen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="408"/>
        <source>Skip the habit and finish</source>
        <translation>Gewohnheit überspringen und fertig</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="410"/>
        <source>Save your purpose and first step without a habit, and finish.</source>
        <translation>Speichert dein Vorhaben und deinen ersten Schritt ohne Gewohnheit und schließt ab.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="414"/>
        <source>Skip the welcome: nothing is saved</source>
        <translation>Begrüßung überspringen: nichts wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="417"/>
        <source>Skip the welcome: nothing is saved (if you typed something, you are asked first). You can add a step any time.</source>
        <translation>Begrüßung überspringen: nichts wird gespeichert (hast du etwas eingegeben, fragen wir dich vorher). Einen Schritt kannst du jederzeit hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="424"/>
        <source>Your &amp;first step toward “%1”:</source>
        <translation>Dein &amp;erster Schritt für „%1“:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="489"/>
        <source>Your purpose “%1”, without a first step yet.</source>
        <translation>Dein Vorhaben „%1“, noch ohne ersten Schritt.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="493"/>
        <source>Your purpose “%1” and its first step “%2”.</source>
        <translation>Dein Vorhaben „%1“ und sein erster Schritt „%2“.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="508"/>
        <source>Give your purpose a name first.</source>
        <translation>Gib deinem Vorhaben zuerst einen Namen.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="519"/>
        <source>Write down one tiny first step.</source>
        <translation>Schreib einen winzigen ersten Schritt auf.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="530"/>
        <source>Say after which routine, or clear the habit.</source>
        <translation>Gib an, nach welcher Routine – oder lass beide Felder leer.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="532"/>
        <source>Say what you will do, or clear the habit.</source>
        <translation>Gib an, was du tun wirst – oder lass beide Felder leer.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="549"/>
        <source>Choose at least one day.</source>
        <translation>Wähle mindestens einen Tag.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="553"/>
        <source>Choose a time between 00:00 and 23:59.</source>
        <translation>Wähle eine Uhrzeit zwischen 00:00 und 23:59.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="588"/>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>WinMarks</name>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="167"/>
        <source>Wins today</source>
        <translation>Erfolge heute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/widget.py" line="187"/>
        <source>%n win(s) today</source>
        <translation>
            <numerusform>%n Erfolg heute</numerusform>
            <numerusform>%n Erfolge heute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/widget.py" line="189"/>
        <source>%n waiting to be saved</source>
        <translation>
            <numerusform>%n wartet auf das Speichern</numerusform>
            <numerusform>%n warten auf das Speichern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="153"/>
        <source>%Y-%m-%d</source>
        <translation>%d.%m.%Y</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="161"/>
        <source>{whole}.{fraction}</source>
        <translation>{whole},{fraction}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="181"/>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="195"/>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="196"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="199"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="217"/>
        <source>{text!r} is not a whole number</source>
        <translation>{text!r} ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="221"/>
        <source>{text!r} must be 1 or more</source>
        <translation>{text!r} muss 1 oder mehr sein</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="230"/>
        <source>add a purpose</source>
        <translation>ein Vorhaben hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="232"/>
        <location filename="../../desktop/smallwins/cli.py" line="255"/>
        <source>why it matters to you</source>
        <translation>warum es dir wichtig ist</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="236"/>
        <source>if a purpose of that name is there, name it and succeed (a retry)</source>
        <translation>gibt es schon ein Vorhaben dieses Namens: es nennen und mit Erfolg enden (für Wiederholungen)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="238"/>
        <source>list purposes</source>
        <translation>Vorhaben auflisten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="242"/>
        <source>choose the purpose whose steps come first</source>
        <translation>das Vorhaben wählen, dessen Schritte zuerst kommen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="248"/>
        <location filename="../../desktop/smallwins/cli.py" line="345"/>
        <source>archived ones too</source>
        <translation>auch archivierte</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="251"/>
        <source>rename a purpose</source>
        <translation>ein Vorhaben umbenennen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="257"/>
        <source>archive a finished purpose (its history stays)</source>
        <translation>ein abgeschlossenes Vorhaben archivieren (sein Verlauf bleibt)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="258"/>
        <source>bring back an archived purpose</source>
        <translation>ein archiviertes Vorhaben zurückholen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="268"/>
        <source>add a step at the end of a queue</source>
        <translation>einen Schritt am Ende der Reihe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="273"/>
        <source>put it at the front of the queue</source>
        <translation>an den Anfang der Reihe stellen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="278"/>
        <source>if the purpose has an open step of these words, name it and succeed (a retry)</source>
        <translation>hat das Vorhaben schon einen offenen Schritt mit diesen Worten: ihn nennen und mit Erfolg enden (für Wiederholungen)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="285"/>
        <source>put smaller steps in front of a heavy one</source>
        <translation>kleinere Schritte vor einen schweren stellen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="289"/>
        <source>drop a step</source>
        <translation>einen Schritt verwerfen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="292"/>
        <source>send a step to the back</source>
        <translation>einen Schritt ans Ende schieben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="295"/>
        <source>list open steps</source>
        <translation>offene Schritte auflisten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="299"/>
        <source>change a step&apos;s words</source>
        <translation>den Text eines Schritts ändern</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="304"/>
        <source>mark a step done (a win)</source>
        <translation>einen Schritt als erledigt markieren (ein Erfolg)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="310"/>
        <source>put a step at a place in its purpose&apos;s queue (1 = first)</source>
        <translation>einen Schritt an eine Stelle in der Reihe seines Vorhabens stellen (1 = zuerst)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="319"/>
        <source>&quot;After I &lt;routine&gt;, I will &lt;action&gt;&quot;</source>
        <translation>„Nachdem ich &lt;Routine&gt;, werde ich &lt;Handlung&gt;“</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="326"/>
        <source>the time of a new routine; for an existing one, its time on the habit&apos;s days (every habit stacked there moves too); leave it out to keep the routine&apos;s times</source>
        <translation>die Uhrzeit einer neuen Routine; bei einer bestehenden ihre Uhrzeit an den Tagen der Gewohnheit (jede Gewohnheit darauf zieht mit); weglassen, um die Zeiten der Routine zu behalten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="336"/>
        <source>daily, weekdays, weekends, mon,wed,fri or a quota N/P such as 3/7</source>
        <translation>daily, weekdays, weekends, mon,wed,fri oder ein Soll N/P wie 3/7</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="339"/>
        <source>the smallest possible version</source>
        <translation>die kleinstmögliche Version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="342"/>
        <source>list habits</source>
        <translation>Gewohnheiten auflisten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="348"/>
        <source>change any part of a habit</source>
        <translation>jeden Teil einer Gewohnheit ändern</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="353"/>
        <source>the smallest version (&quot;&quot; removes it)</source>
        <translation>die kleinste Version (&quot;&quot; entfernt sie)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="358"/>
        <source>move it to the end of this routine&apos;s stack</source>
        <translation>ans Ende des Stapels dieser Routine verschieben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="363"/>
        <source>the routine&apos;s time on the habit&apos;s days (moves the whole stack)</source>
        <translation>die Uhrzeit der Routine an den Tagen der Gewohnheit (verschiebt den ganzen Stapel)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="367"/>
        <source>its purpose (&quot;&quot; for none)</source>
        <translation>ihr Vorhaben (&quot;&quot; für keins)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="371"/>
        <source>its place in the stack</source>
        <translation>ihre Stelle im Stapel</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="374"/>
        <source>archive a habit: no reminders, its history stays</source>
        <translation>eine Gewohnheit archivieren: keine Erinnerungen, ihr Verlauf bleibt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="375"/>
        <source>bring back an archived habit, streaks intact</source>
        <translation>eine archivierte Gewohnheit zurückholen, mit ihren Serien</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="381"/>
        <source>delete a habit and its wins for good</source>
        <translation>eine Gewohnheit und ihre Erfolge endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="385"/>
        <source>yes, delete its wins too</source>
        <translation>ja, auch ihre Erfolge löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="394"/>
        <source>list routines and their stacks</source>
        <translation>Routinen und ihre Stapel auflisten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="400"/>
        <source>set a routine&apos;s times: --at 07:30 --days weekdays --at 09:00 --days weekends</source>
        <translation>die Zeiten einer Routine setzen: --at 07:30 --days weekdays --at 09:00 --days weekends</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="411"/>
        <source>the days of the --at before it (default: every day)</source>
        <translation>die Tage zum --at davor (Vorgabe: jeden Tag)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="414"/>
        <source>rename a routine</source>
        <translation>eine Routine umbenennen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="474"/>
        <source>use another data folder (also SMALLWINS_DATA_DIR)</source>
        <translation>einen anderen Datenordner nutzen (auch SMALLWINS_DATA_DIR)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="479"/>
        <source>Small Wins: turn big goals into tiny steps. With no command, starts the tray app.</source>
        <translation>Small Wins: große Ziele in winzige Schritte verwandeln. Ohne Befehl startet die App im Infobereich.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="483"/>
        <source>Exit status: 0 done (or already so: a repeated tick or rest, add --if-absent); 1 refused, nothing changed; 2 usage; 3 saved, but the answer could not be printed; 141 the output was closed, nothing changed.</source>
        <translation>Exit-Status: 0 erledigt (oder schon so: ein wiederholtes tick oder rest, add --if-absent); 1 abgelehnt, nichts geändert; 2 Aufruf; 3 gespeichert, aber die Antwort ließ sich nicht ausgeben; 141 die Ausgabe war geschlossen, nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="496"/>
        <source>manage purposes, the larger why</source>
        <translation>Vorhaben verwalten, das größere Warum</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="499"/>
        <source>manage micro-steps toward a purpose</source>
        <translation>Mini-Schritte zu einem Vorhaben verwalten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="502"/>
        <source>manage habits stacked on routines</source>
        <translation>Gewohnheiten verwalten, die an Routinen hängen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="505"/>
        <source>manage routines, the anchors habits stack on</source>
        <translation>Routinen verwalten, die Anker, auf denen Gewohnheiten aufbauen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="509"/>
        <source>show the next micro-step</source>
        <translation>den nächsten Mini-Schritt zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="512"/>
        <source>record a win (default: the next step)</source>
        <translation>einen Erfolg eintragen (sonst: den nächsten Schritt)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="516"/>
        <source>a forgotten past day</source>
        <translation>ein vergessener vergangener Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="518"/>
        <source>done in its tiny version</source>
        <translation>in der Mini-Version erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="521"/>
        <source>plan a rest day for a habit</source>
        <translation>einen Ruhetag für eine Gewohnheit planen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="525"/>
        <source>remove the last win</source>
        <translation>den letzten Erfolg entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="527"/>
        <source>today at a glance</source>
        <translation>heute auf einen Blick</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="530"/>
        <source>keep a note for a habit&apos;s day (&quot;&quot; removes it)</source>
        <translation>eine Notiz zum Tag einer Gewohnheit festhalten (&quot;&quot; entfernt sie)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="532"/>
        <source>default: today</source>
        <translation>Vorgabe: heute</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="535"/>
        <source>a habit&apos;s days, oldest first</source>
        <translation>die Tage einer Gewohnheit, älteste zuerst</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="542"/>
        <source>upcoming reminders, local time with UTC offset</source>
        <translation>kommende Erinnerungen, Ortszeit mit UTC-Abstand</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="547"/>
        <source>the weekly review numbers</source>
        <translation>die Zahlen des Wochenrückblicks</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="423"/>
        <source>make a backup of the data now; backup list: the backups</source>
        <translation>jetzt eine Sicherung der Daten anlegen; backup list: die Sicherungen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="430"/>
        <source>put a backup in place of the data (the data now is kept aside)</source>
        <translation>eine Sicherung an die Stelle der Daten setzen (die jetzigen Daten werden beiseitegelegt)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="435"/>
        <source>a backup file, or the newest good one</source>
        <translation>eine Sicherungsdatei, oder die neueste gute</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="437"/>
        <source>do not ask first</source>
        <translation>nicht vorher fragen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="440"/>
        <source>write everything to a file (json), a spreadsheet (csv) or for Loop</source>
        <translation>alles in eine Datei schreiben (json), für eine Tabellenkalkulation (csv) oder für Loop</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="446"/>
        <source>json: everything, to import again; csv: wins and days, a folder or a .zip; loop: a .db that Loop Habit Tracker imports (default: from the file&apos;s name)</source>
        <translation>json: alles, zum erneuten Import; csv: Erfolge und Tage, ein Ordner oder ein .zip; loop: eine .db, die Loop Habit Tracker importiert (ohne Angabe: nach dem Dateinamen)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="454"/>
        <source>bring in a Small Wins JSON export or Loop Habit Tracker&apos;s data</source>
        <translation>einen JSON-Export von Small Wins oder die Daten von Loop Habit Tracker übernehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="460"/>
        <source>json: a Small Wins export; loop: Loop&apos;s backup (.db) or its CSV export (a folder or its .zip); default: from the file&apos;s name</source>
        <translation>json: ein Export von Small Wins; loop: die Sicherung von Loop (.db) oder sein CSV-Export (ein Ordner oder dessen .zip); ohne Angabe: nach dem Dateinamen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="553"/>
        <source>open a window in the running app</source>
        <translation>ein Fenster in der laufenden App öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="566"/>
        <source>Nothing next. Add one tiny step: smallwins step add TEXT</source>
        <translation>Nichts als Nächstes. Füge einen winzigen Schritt hinzu: smallwins step add TEXT</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="567"/>
        <source>  ({purpose})</source>
        <translation>  ({purpose})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="569"/>
        <source>After {routine}: {text}{purpose}</source>
        <translation>Nach {routine}: {text}{purpose}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="578"/>
        <source>first win today</source>
        <translation>erster Erfolg heute</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="579"/>
        <source>{count} today</source>
        <translation>{count} heute</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="581"/>
        <source>streak {count} (bent)</source>
        <translation>Serie {count} (geknickt)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="583"/>
        <source>streak {count}</source>
        <translation>Serie {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="585"/>
        <source>{count}-day milestone!</source>
        <translation>Meilenstein: {count} Tage!</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="587"/>
        <source>new best streak!</source>
        <translation>neue Bestserie!</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="600"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="601"/>
        <source>tiny</source>
        <translation>mini</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="602"/>
        <source>rest</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="603"/>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="604"/>
        <source>bent</source>
        <translation>geknickt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="605"/>
        <source>pending</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="606"/>
        <source>unscheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="607"/>
        <source>upcoming</source>
        <translation>kommt noch</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="608"/>
        <source>before it began</source>
        <translation>vor dem Beginn</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="711"/>
        <source>Purpose #{id} is there: {name}</source>
        <translation>Vorhaben #{id} gibt es schon: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="717"/>
        <source>Added purpose #{id}: {name}</source>
        <translation>Vorhaben #{id} hinzugefügt: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="722"/>
        <source>Focus: most recent</source>
        <translation>Fokus: das zuletzt aktive</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="724"/>
        <source>Focus: {name}</source>
        <translation>Fokus: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="729"/>
        <source>Purpose #{id} is now: {name}</source>
        <translation>Vorhaben #{id} heißt jetzt: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="735"/>
        <source>Archived purpose #{id}: {name}</source>
        <translation>Vorhaben #{id} archiviert: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="737"/>
        <source>Restored purpose #{id}: {name}</source>
        <translation>Vorhaben #{id} zurückgeholt: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="762"/>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="777"/>
        <source>Step #{id} is there: {step}</source>
        <translation>Schritt #{id} gibt es schon: {step}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="779"/>
        <source>Added step #{id}: {step}</source>
        <translation>Schritt #{id} hinzugefügt: {step}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="788"/>
        <source>Added smaller step #{id}: {step}</source>
        <translation>Kleineren Schritt #{id} hinzugefügt: {step}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="791"/>
        <source>Dropped step #{id}: {step}</source>
        <translation>Schritt #{id} verworfen: {step}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="794"/>
        <source>Later: #{id} {step}</source>
        <translation>Später: #{id} {step}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="797"/>
        <source>Step #{id} is now: {step}</source>
        <translation>Schritt #{id} lautet jetzt: {step}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="802"/>
        <source>Moved step #{id}: {step}</source>
        <translation>Schritt #{id} verschoben: {step}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="845"/>
        <source>Added habit #{id}: After {routine} ({when}), {action}</source>
        <translation>Gewohnheit #{id} hinzugefügt: Nach {routine} ({when}): {action}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="897"/>
        <source>Changed habit #{id}: {action}</source>
        <translation>Gewohnheit #{id} geändert: {action}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="904"/>
        <source>Archived habit #{id}: {action} (its history stays)</source>
        <translation>Gewohnheit #{id} archiviert: {action} (ihr Verlauf bleibt)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="906"/>
        <source>Restored habit #{id}: {action}</source>
        <translation>Gewohnheit #{id} zurückgeholt: {action}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="924"/>
        <source>Removed habit #{id}: {action} ({wins} wins deleted)</source>
        <translation>Gewohnheit #{id} entfernt: {action} (gelöschte Erfolge: {wins})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="975"/>
        <source>#{id} After {routine} ({when}): {action}</source>
        <translation>#{id} Nach {routine} ({when}): {action}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="982"/>
        <source>    (archived)</source>
        <translation>    (archiviert)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1022"/>
        <source>{routine} ({when}): {habits}</source>
        <translation>{routine} ({when}): {habits}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1025"/>
        <source>no habits</source>
        <translation>keine Gewohnheiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1032"/>
        <source>Routine #{id} is now: {name}</source>
        <translation>Routine #{id} heißt jetzt: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1052"/>
        <source>Routine #{id} {name}: {when}</source>
        <translation>Routine #{id} {name}: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1061"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1062"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1063"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1064"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1065"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1066"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1067"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1085"/>
        <source>no time set</source>
        <translation>keine Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1129"/>
        <source>Rest day planned: {day} for {habit}</source>
        <translation>Ruhetag geplant: {day} für {habit}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1139"/>
        <source>Removed the last win: {text} ({day})</source>
        <translation>Letzten Erfolg entfernt: {text} ({day})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1153"/>
        <source>{day}: {count} wins today</source>
        <translation>{day}: Erfolge heute: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1157"/>
        <source>Next: {next}</source>
        <translation>Als Nächstes: {next}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1162"/>
        <source>  {habit}: {state}, streak {streak} (best {best}), strength {strength} %</source>
        <translation>  {habit}: {state}, Serie {streak} (beste {best}), Stärke {strength} %</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1198"/>
        <source>No note for {habit} on {day}</source>
        <translation>Keine Notiz für {habit} am {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1203"/>
        <source>Note for {habit} on {day}: {text}</source>
        <translation>Notiz für {habit} am {day}: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1218"/>
        <source>No reminders coming up.</source>
        <translation>Keine Erinnerungen in Sicht.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1223"/>
        <source>{at}  After {routine}: {habit}</source>
        <translation>{at}  Nach {routine}: {habit}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1225"/>
        <source>{day}T{time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1239"/>
        <source>Week {week}: {count} wins (last week {last})</source>
        <translation>Woche {week}: Erfolge: {count} (Vorwoche: {last})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1244"/>
        <source>per day: {counts}</source>
        <translation>pro Tag: {counts}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1249"/>
        <source>  {habit}: {marks} ({change} %)</source>
        <translation>  {habit}: {marks} ({change} %)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1255"/>
        <source>felt heavy: {habits}</source>
        <translation>fühlte sich schwer an: {habits}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1261"/>
        <source>strongest anchor: {routine} ({done} of {due} done)</source>
        <translation>stärkster Anker: {routine} ({done} von {due} erledigt)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1269"/>
        <source>what helped: {text}</source>
        <translation>was geholfen hat: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1271"/>
        <source>what got in the way: {text}</source>
        <translation>was im Weg stand: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1282"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1283"/>
        <source>made by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1284"/>
        <source>before an upgrade</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1285"/>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1286"/>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1295"/>
        <source>--json goes with: backup list</source>
        <translation>--json gehört zu: backup list</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1298"/>
        <source>Backup written: {path}</source>
        <translation>Sicherung geschrieben: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1319"/>
        <source>No backups yet (they go to {folder})</source>
        <translation>Noch keine Sicherungen (sie kommen nach {folder})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1324"/>
        <source>{when}  {reason}  {size} KiB  {path}</source>
        <translation>{when}  {reason}  {size} KiB  {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1347"/>
        <source>Restore the backup of {when} ({reason})? The data now is kept aside. [y/N] </source>
        <translation>Die Sicherung vom {when} ({reason}) wiederherstellen? Die jetzigen Daten werden beiseitegelegt. [j/N] </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1357"/>
        <source>Restored the backup of {when}</source>
        <translation>Die Sicherung vom {when} ist wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1361"/>
        <source>Restored the backup of {when}; the data before is kept in {aside}</source>
        <translation>Die Sicherung vom {when} ist wiederhergestellt; die Daten davor liegen in {aside}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1386"/>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1386"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1397"/>
        <source>Exported {habits} habits, {wins} wins and {records} records in all to {path}</source>
        <translation>{habits} Gewohnheiten, {wins} Erfolge und insgesamt {records} Einträge exportiert nach {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1409"/>
        <source>purposes</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1410"/>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1411"/>
        <source>routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1412"/>
        <source>habits</source>
        <translation>Gewohnheiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1413"/>
        <source>wins</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1414"/>
        <source>rest days</source>
        <translation>Ruhetage</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1415"/>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1416"/>
        <source>reviews</source>
        <translation>Rückblicke</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1417"/>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1436"/>
        <source>Nothing changed: everything in {file} is here already.</source>
        <translation>Nichts geändert: alles aus {file} ist schon da.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1440"/>
        <source>Imported {file}:</source>
        <translation>{file} importiert:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1446"/>
        <source>  {kind}: {added} added, {updated} updated, {removed} removed, {kept} already here</source>
        <translation>  {kind}: {added} neu, {updated} geändert, {removed} entfernt, {kept} schon da</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1586"/>
        <source>the change was saved, but then: {error}</source>
        <translation>die Änderung ist gespeichert, aber dann: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1605"/>
        <source>the change was saved, but its answer could not be printed ({reason})</source>
        <translation>die Änderung ist gespeichert, aber ihre Antwort ließ sich nicht ausgeben ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1615"/>
        <source>the answer could not be printed ({reason})</source>
        <translation>die Antwort ließ sich nicht ausgeben ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1628"/>
        <source>Restore the newest good backup with: {command}</source>
        <translation>Stelle die neueste gute Sicherung wieder her mit: {command}</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1634"/>
        <source>unexpected error: {error}</source>
        <translation>unerwarteter Fehler: {error}</translation>
    </message>
</context>
</TS>
