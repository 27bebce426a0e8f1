<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppModel</name>
    <message>
        <location filename="../../desktop/smallwins/ui/model.py" line="226"/>
        <source>“%1” is waiting to be saved already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/model.py" line="351"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/model.py" line="352"/>
        <source>the data is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/model.py" line="353"/>
        <source>the data is busy: another program is using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/model.py" line="355"/>
        <source>the data cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/model.py" line="358"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CelebrationPopup</name>
    <message>
        <location filename="../../desktop/smallwins/ui/celebration.py" line="37"/>
        <source>Celebration</source>
        <translation>Celebration</translation>
    </message>
</context>
<context>
    <name>Cheers</name>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="14"/>
        <source>Nice one!</source>
        <translation>Nice one!</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="15"/>
        <source>Done. That counts.</source>
        <translation>Done. That counts.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="16"/>
        <source>Another small win.</source>
        <translation>Another small win.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="17"/>
        <source>Progress, one step at a time.</source>
        <translation>Progress, one step at a time.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="18"/>
        <source>You showed up. Well done.</source>
        <translation>You showed up. Well done.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="19"/>
        <source>Tick! Keep it rolling.</source>
        <translation>Tick! Keep it rolling.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="20"/>
        <source>Small step, real progress.</source>
        <translation>Small step, real progress.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="21"/>
        <source>That&apos;s how it&apos;s done.</source>
        <translation>That&apos;s how it&apos;s done.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="22"/>
        <source>One more in the bag.</source>
        <translation>One more in the bag.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="23"/>
        <source>Look at you go!</source>
        <translation>Look at you go!</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="24"/>
        <source>Momentum is building.</source>
        <translation>Momentum is building.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="25"/>
        <source>Win recorded. Enjoy it.</source>
        <translation>Win recorded. Enjoy it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/cheers.py" line="34"/>
        <source>%n days in a row!</source>
        <translation>
            <numerusform>%n day in a row!</numerusform>
            <numerusform>%n days in a row!</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/cheers.py" line="37"/>
        <source>New best streak: %n days!</source>
        <translation>
            <numerusform>New best streak: %n day!</numerusform>
            <numerusform>New best streak: %n days!</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/cheers.py" line="45"/>
        <source>First win of the day!</source>
        <translation>First win of the day!</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="836"/>
        <source>Delete the habit?</source>
        <translation>Delete the habit?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="837"/>
        <source>Delete “%1” for good?</source>
        <translation>Delete “%1” for good?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/plan.py" line="840"/>
        <source>Its %n win(s) go with it. Archive keeps them and stops the reminders.</source>
        <translation>
            <numerusform>Its %n win goes with it. Archive keeps it and stops the reminders.</numerusform>
            <numerusform>Its %n wins go with it. Archive keeps them and stops the reminders.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="844"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="847"/>
        <source>&amp;Archive instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message>
        <location filename="../../desktop/smallwins/ui/damage.py" line="25"/>
        <source>Small Wins: the data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/damage.py" line="28"/>
        <source>Your Small Wins data cannot be used: it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/damage.py" line="40"/>
        <source>There is no backup to restore. The damaged file stays as it is, for you or someone who can help to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/damage.py" line="45"/>
        <source>The newest good backup is from %1. Restore it? Whatever was recorded after it is not in it. The damaged file is kept aside, unchanged, named with today&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/damage.py" line="55"/>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/damage.py" line="59"/>
        <source>Quit Small Wins</source>
        <translation type="unfinished">Quit Small Wins</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="128"/>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="139"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="128"/>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="129"/>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="151"/>
        <source>Log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="129"/>
        <source>Open the log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="130"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="130"/>
        <source>Open the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="142"/>
        <source>Your wins, steps and habits are kept in one database in this folder. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="154"/>
        <source>What went wrong is written here (storage, notifications, reminders), to look at or to send along when you report a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="172"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="172"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="172"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="177"/>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="206"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="194"/>
        <source>No backups yet: the first is made today, once something is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="197"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="197"/>
        <source>Make a backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="200"/>
        <source>Res&amp;tore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="200"/>
        <source>Restore the chosen backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="210"/>
        <source>A backup is made each day something changed, before an upgrade and before every import. Kept: the last 10 of today, one a day for the last 7 days, then one a week for 8 weeks, then one a month for a year. A restore first keeps the data as it is now, as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="221"/>
        <source>Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="229"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="229"/>
        <source>Export the data to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="232"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="232"/>
        <source>Import data from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="234"/>
        <source>Export and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="238"/>
        <source>Export everything as Small Wins JSON, the wins as CSV for a spreadsheet, or a backup that Loop Habit Tracker on Android imports. Import Small Wins JSON or a Loop Habit Tracker backup or CSV export: a backup is made first, and importing the same file again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="254"/>
        <source>Logs are not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="296"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="297"/>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="298"/>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="299"/>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="300"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="338"/>
        <source>No backup was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="343"/>
        <source>Backup made: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="353"/>
        <source>Put the backup of %1 in place of the data? What was recorded after it will no longer show. The data as it is now is kept first, as a backup listed here (“Before a restore”), so nothing is lost and the restore can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="357"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="358"/>
        <source>Restore</source>
        <translation type="unfinished">Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="364"/>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="371"/>
        <source>Restored the backup of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="374"/>
        <source>Restored the backup of %1. The data before is kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="402"/>
        <source>The folder could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayEditor</name>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="155"/>
        <source>Change a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="158"/>
        <source>“{action}” on {day}: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="167"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="167"/>
        <source>Record a win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="170"/>
        <source>Done in its &amp;tiny version: “{tiny}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="172"/>
        <source>A &amp;tiny win (a smaller version of it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="173"/>
        <source>Record a tiny win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="175"/>
        <source>A &amp;rest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="175"/>
        <source>Make it a rest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="176"/>
        <source>&amp;Nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="176"/>
        <source>Clear the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="183"/>
        <source>N&amp;ote for the day (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="186"/>
        <source>Note for the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="187"/>
        <source>e.g. slept badly, the tiny version saved it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaysPicker</name>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="188"/>
        <source>On these &amp;days:</source>
        <translation type="unfinished">On these &amp;days:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="189"/>
        <source>On fixed weekdays</source>
        <translation type="unfinished">On fixed weekdays</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="190"/>
        <source>A &amp;number of times in a period:</source>
        <translation type="unfinished">A &amp;number of times in a period:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="191"/>
        <source>A number of times in a period</source>
        <translation type="unfinished">A number of times in a period</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="208"/>
        <source>Times</source>
        <translation type="unfinished">Times</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="212"/>
        <source>Days in the period</source>
        <translation type="unfinished">Days in the period</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="215"/>
        <source>times in</source>
        <translation type="unfinished">times in</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="217"/>
        <source>days</source>
        <translation type="unfinished">days</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="228"/>
        <source>Read-only: changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="230"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/desktop.py" line="231"/>
        <source>%n win(s) waiting to be saved</source>
        <translation>
            <numerusform>%n win waiting to be saved</numerusform>
            <numerusform>%n wins waiting to be saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/desktop.py" line="239"/>
        <source>Saved: %n win(s) that were waiting</source>
        <translation>
            <numerusform>Saved: %n win that was waiting</numerusform>
            <numerusform>Saved: %n wins that were waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="279"/>
        <source>Add a purpose</source>
        <translation>Add a purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="280"/>
        <source>Every step serves a larger why. What do you want to move forward?</source>
        <translation>Every step serves a larger why. What do you want to move forward?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="281"/>
        <source>e.g. Write a novel</source>
        <translation>e.g. Write a novel</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="287"/>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="288"/>
        <source>What is one tiny step you could take?</source>
        <translation>What is one tiny step you could take?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="289"/>
        <source>e.g. Open the draft and write one sentence</source>
        <translation>e.g. Open the draft and write one sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="299"/>
        <source>What is the tiniest version of “%1”?</source>
        <translation>What is the tiniest version of “%1”?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="302"/>
        <source>What is a smaller first step for “%1”?</source>
        <translation>What is a smaller first step for “%1”?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="305"/>
        <source>Smaller version</source>
        <translation>Smaller version</translation>
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
        <translation>Edit habit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="289"/>
        <source>New habit</source>
        <translation>New habit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="297"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="302"/>
        <source>e.g. pour my morning coffee</source>
        <translation>e.g. pour my morning coffee</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="304"/>
        <source>Time of the new routine</source>
        <translation>Time of the new routine</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="309"/>
        <source>Habit action</source>
        <translation>Habit action</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="310"/>
        <source>e.g. read one page</source>
        <translation>e.g. read one page</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="311"/>
        <source>Tiny version</source>
        <translation>Tiny version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="312"/>
        <source>the smallest version, for a hard day (optional)</source>
        <translation>the smallest version, for a hard day (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="317"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="318"/>
        <source>No purpose</source>
        <translation>No purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="325"/>
        <source>&amp;Remind me at the routine&apos;s time</source>
        <translation>&amp;Remind me at the routine&apos;s time</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="326"/>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="329"/>
        <source>Place in the routine&apos;s stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="346"/>
        <source>&amp;After I …</source>
        <translation>&amp;After I …</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="347"/>
        <source>a&amp;t</source>
        <translation>a&amp;t</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="349"/>
        <source>I &amp;will …</source>
        <translation>I &amp;will …</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="350"/>
        <source>T&amp;iny version:</source>
        <translation>T&amp;iny version:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="351"/>
        <source>Place in the &amp;stack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="352"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="373"/>
        <source>A new routine: it happens at this time every day.</source>
        <translation>A new routine: it happens at this time every day.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="379"/>
        <source>Its times are the routine&apos;s: change them with “Routine times…”.</source>
        <translation>Its times are the routine&apos;s: change them with “Routine times…”.</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="108"/>
        <source>Import — Small Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="109"/>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="110"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="132"/>
        <source>Importing {file}: {done} of {total} records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="142"/>
        <source>Cancelling: undoing the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="143"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepTypedPrompt</name>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="158"/>
        <source>Leave the welcome?</source>
        <translation>Leave the welcome?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="161"/>
        <source>&amp;Stay</source>
        <translation>&amp;Stay</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="163"/>
        <source>What you typed is not saved.</source>
        <translation>What you typed is not saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="166"/>
        <source>&amp;Leave</source>
        <translation>&amp;Leave</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="170"/>
        <source>Keep what you typed?</source>
        <translation>Keep what you typed?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="173"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="176"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
</context>
<context>
    <name>NextStepWidget</name>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="263"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="283"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="431"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="432"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="288"/>
        <source>Smaller version</source>
        <translation>Smaller version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="289"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="353"/>
        <source>Next step (collapsed)</source>
        <translation>Next step (collapsed)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="354"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="636"/>
        <source>Expand</source>
        <translation>Expand</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="408"/>
        <source>Snoozed until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="414"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="415"/>
        <source>Bring it back now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="417"/>
        <source>Add one tiny step</source>
        <translation>Add one tiny step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="418"/>
        <source>What is the smallest thing you could do next?</source>
        <translation>What is the smallest thing you could do next?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="420"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="421"/>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="425"/>
        <source>After %1</source>
        <translation>After %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="636"/>
        <source>Collapse</source>
        <translation>Collapse</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="638"/>
        <source>Always on top</source>
        <translation>Always on top</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="642"/>
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="652"/>
        <source>Plan…</source>
        <translation>Plan…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="655"/>
        <source>Streaks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="658"/>
        <source>Weekly review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="661"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="664"/>
        <source>Hide widget</source>
        <translation>Hide widget</translation>
    </message>
</context>
<context>
    <name>PlaceRow</name>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="63"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/datapage.py" line="79"/>
        <source>(not created yet)</source>
        <translation type="unfinished"></translation>
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
        <translation>The purpose&apos;s plan</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="141"/>
        <source>&amp;Steps</source>
        <translation>&amp;Steps</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="142"/>
        <source>&amp;Habits</source>
        <translation>&amp;Habits</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="150"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="150"/>
        <source>Close the plan</source>
        <translation>Close the plan</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="169"/>
        <source>&amp;Purposes</source>
        <translation>&amp;Purposes</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="171"/>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="176"/>
        <source>Show a&amp;rchived</source>
        <translation>Show a&amp;rchived</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="177"/>
        <source>Show archived purposes and habits</source>
        <translation>Show archived purposes and habits</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="180"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="180"/>
        <source>Add a purpose</source>
        <translation>Add a purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="183"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="183"/>
        <source>Edit the purpose</source>
        <translation>Edit the purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="186"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="531"/>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chive</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="186"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="536"/>
        <source>Archive the purpose</source>
        <translation>Archive the purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="189"/>
        <source>&amp;Focus</source>
        <translation>&amp;Focus</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="189"/>
        <source>Focus on this purpose</source>
        <translation>Focus on this purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="208"/>
        <source>Steps, in the order they come</source>
        <translation>Steps, in the order they come</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="212"/>
        <source>Show &amp;done and dropped</source>
        <translation>Show &amp;done and dropped</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="213"/>
        <source>Show done and dropped steps</source>
        <translation>Show done and dropped steps</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="219"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="257"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="219"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="645"/>
        <source>Add a step</source>
        <translation>Add a step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="220"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="258"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="220"/>
        <source>Edit the step&apos;s words</source>
        <translation>Edit the step&apos;s words</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="222"/>
        <source>Smaller…</source>
        <translation>Smaller…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="222"/>
        <source>Break the step into a smaller one</source>
        <translation>Break the step into a smaller one</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="224"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="224"/>
        <source>Mark the step done</source>
        <translation>Mark the step done</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="225"/>
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="225"/>
        <source>Drop the step</source>
        <translation>Drop the step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="227"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="227"/>
        <source>Put the dropped step back</source>
        <translation>Put the dropped step back</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="230"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="265"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="230"/>
        <source>Move the step up</source>
        <translation>Move the step up</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="233"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="270"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="233"/>
        <source>Move the step down</source>
        <translation>Move the step down</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="244"/>
        <source>Insert adds, F2 edits, Ctrl+Enter marks done, Delete drops, Ctrl+↑/↓ moves.</source>
        <translation>Insert adds, F2 edits, Ctrl+Enter marks done, Delete drops, Ctrl+↑/↓ moves.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="252"/>
        <source>Habits, stacked on their routines</source>
        <translation>Habits, stacked on their routines</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="257"/>
        <source>Add a habit</source>
        <translation>Add a habit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="258"/>
        <source>Edit the habit</source>
        <translation>Edit the habit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="260"/>
        <source>Routine times…</source>
        <translation>Routine times…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="261"/>
        <source>Edit the routine&apos;s name and times</source>
        <translation>Edit the routine&apos;s name and times</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="266"/>
        <source>Move the habit up the stack</source>
        <translation>Move the habit up the stack</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="271"/>
        <source>Move the habit down the stack</source>
        <translation>Move the habit down the stack</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="275"/>
        <source>Streaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="275"/>
        <source>Show the habit&apos;s streaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="278"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="557"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="278"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="559"/>
        <source>Archive the habit</source>
        <translation>Archive the habit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="280"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="280"/>
        <source>Delete the habit</source>
        <translation>Delete the habit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="289"/>
        <source>The selected routine and its times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="302"/>
        <source>Insert adds, F2 edits, Delete deletes, Ctrl+↑/↓ moves in the stack.</source>
        <translation>Insert adds, F2 edits, Delete deletes, Ctrl+↑/↓ moves in the stack.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="359"/>
        <source>%1 (focus)</source>
        <translation>%1 (focus)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="361"/>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="369"/>
        <source>Habits without a purpose</source>
        <translation>Habits without a purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="393"/>
        <source>%1 (dropped)</source>
        <translation>%1 (dropped)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="453"/>
        <source>no time</source>
        <translation>no time</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="454"/>
        <source>After %1 · %2</source>
        <translation>After %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="459"/>
        <source>tiny: %1</source>
        <translation>tiny: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="466"/>
        <source>%1 in %2 days</source>
        <translation>%1 in %2 days</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="471"/>
        <source>no reminder</source>
        <translation>no reminder</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="473"/>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="531"/>
        <source>Rest&amp;ore</source>
        <translation>Rest&amp;ore</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="534"/>
        <source>Restore the purpose</source>
        <translation>Restore the purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="557"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="559"/>
        <source>Restore the habit</source>
        <translation>Restore the habit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="646"/>
        <source>A tiny next step for “%1”:</source>
        <translation>A tiny next step for “%1”:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="647"/>
        <source>e.g. open the draft</source>
        <translation>e.g. open the draft</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="657"/>
        <source>Edit the step</source>
        <translation>Edit the step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="657"/>
        <source>The step:</source>
        <translation>The step:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="667"/>
        <source>A smaller step</source>
        <translation>A smaller step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="668"/>
        <source>What is a smaller first step of “%1”?</source>
        <translation>What is a smaller first step of “%1”?</translation>
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
        <translation>Edit purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="109"/>
        <source>New purpose</source>
        <translation>New purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="110"/>
        <source>Purpose name</source>
        <translation>Purpose name</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="111"/>
        <source>e.g. Write a novel</source>
        <translation>e.g. Write a novel</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="112"/>
        <source>Why it matters</source>
        <translation>Why it matters</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="113"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="117"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="119"/>
        <source>No colo&amp;ur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="120"/>
        <source>No colour</source>
        <translation>No colour</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="131"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="132"/>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="133"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="148"/>
        <source>Purpose colour</source>
        <translation>Purpose colour</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="155"/>
        <source>C&amp;hange…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="158"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
</context>
<context>
    <name>ReminderPresenter</name>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="35"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/reminders.py" line="36"/>
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Snooze %n min</numerusform>
            <numerusform>Snooze %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="44"/>
        <source>Show Small Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="47"/>
        <source>After %1</source>
        <translation type="unfinished">After %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="58"/>
        <source>Last time slipped — that&apos;s fine. Never miss twice: even “%1” counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="64"/>
        <source>Last time slipped — that&apos;s fine. Never miss twice: any small start counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/reminders.py" line="70"/>
        <source>%n prompt(s).</source>
        <translation>
            <numerusform>%n prompt.</numerusform>
            <numerusform>%n prompts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="72"/>
        <source>Next: %1</source>
        <translation type="unfinished">Next: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="105"/>
        <source>While you were away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="119"/>
        <source>Your weekly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="121"/>
        <source>A few minutes to look back on the week: what went well, what felt heavy, and one focus for the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="124"/>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="127"/>
        <source>Open review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="38"/>
        <source>Tiny version</source>
        <translation>Tiny version</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="51"/>
        <source>Weekly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="54"/>
        <source>%n win(s) this week</source>
        <translation>
            <numerusform>%n win this week</numerusform>
            <numerusform>%n wins this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="56"/>
        <source>last week: %n</source>
        <translation>
            <numerusform>last week: %n</numerusform>
            <numerusform>last week: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="58"/>
        <source>Wins per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="62"/>
        <source>Habit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="63"/>
        <source>Streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="64"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="65"/>
        <source>Habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="75"/>
        <source>✓ done (or its tiny version), ✗ missed, ~ missed once, streak kept, – rest day, ○ today, still open, · not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="79"/>
        <source>Steps finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="80"/>
        <source>None this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="81"/>
        <source>What felt heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="84"/>
        <source>%1: missed %n time(s)</source>
        <translation>
            <numerusform>%1: missed %n time</numerusform>
            <numerusform>%1: missed %n times</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="86"/>
        <source>Nothing: no habit was missed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="88"/>
        <source>Strongest anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="90"/>
        <source>After %1: %2 of %3 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="95"/>
        <source>What helped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="96"/>
        <source>What got in the way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="98"/>
        <source>Focus for next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="100"/>
        <source>Not saved in Small Wins yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="109"/>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="124"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reviewexport.py" line="117"/>
        <source>the file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="211"/>
        <location filename="../../desktop/smallwins/ui/review.py" line="212"/>
        <source>Weekly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="233"/>
        <source>Wins this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="240"/>
        <source>Wins per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="242"/>
        <source>Habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="248"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="250"/>
        <source>No habits yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="252"/>
        <location filename="../../desktop/smallwins/ui/review.py" line="255"/>
        <source>Steps finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="257"/>
        <source>What felt heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="260"/>
        <location filename="../../desktop/smallwins/ui/review.py" line="263"/>
        <source>Strongest anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="265"/>
        <source>Looking back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="266"/>
        <source>What &amp;helped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="266"/>
        <source>What helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="268"/>
        <source>What got in the &amp;way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="268"/>
        <source>What got in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="270"/>
        <source>&amp;Focus for next week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="272"/>
        <source>Focus for next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="285"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="286"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="287"/>
        <source>Export the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="290"/>
        <source>As an &amp;image (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="291"/>
        <source>As &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="293"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="294"/>
        <source>Save the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="297"/>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="298"/>
        <source>Close the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="312"/>
        <source>◀ &amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="312"/>
        <source>Show the previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="315"/>
        <source>Next wee&amp;k ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="315"/>
        <source>Show the next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="318"/>
        <source>This w&amp;eek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="318"/>
        <source>Show this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="323"/>
        <source>Week shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="325"/>
        <source>Saved reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="327"/>
        <source>Sa&amp;ved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="489"/>
        <source>Sh&amp;rink…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="520"/>
        <source>Week {number} · {first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="407"/>
        <source>No steps finished this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="410"/>
        <source>No habit was due yet this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="413"/>
        <source>After {routine}: {done} of {due} done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/review.py" line="420"/>
        <source>%n win(s) this week</source>
        <translation>
            <numerusform>%n win this week</numerusform>
            <numerusform>%n wins this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/review.py" line="423"/>
        <source>%n more than last week</source>
        <translation>
            <numerusform>%n more than last week</numerusform>
            <numerusform>%n more than last week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/review.py" line="425"/>
        <source>%n fewer than last week</source>
        <translation>
            <numerusform>%n fewer than last week</numerusform>
            <numerusform>%n fewer than last week</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="427"/>
        <source>as many as last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="428"/>
        <source>{wins} — {change} ({last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="445"/>
        <source>{habit}: the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/review.py" line="459"/>
        <source>streak %n</source>
        <translation>
            <numerusform>streak %n</numerusform>
            <numerusform>streak %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="465"/>
        <source>strength {strength} % ({change})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="476"/>
        <source>Nothing: no habit was missed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/review.py" line="484"/>
        <source>{habit}: missed %n time(s)</source>
        <translation>
            <numerusform>{habit}: missed %n time</numerusform>
            <numerusform>{habit}: missed %n times</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="490"/>
        <source>Make {habit} lighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/review.py" line="530"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="542"/>
        <source>No particular focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="548"/>
        <source>Purpose: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="583"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="587"/>
        <source>Saved {day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="595"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="652"/>
        <source>Export the review as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="657"/>
        <source>Export the review as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="685"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="686"/>
        <source>tiny version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="687"/>
        <source>done after a miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="688"/>
        <source>rest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="689"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="690"/>
        <source>missed once, streak kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="691"/>
        <source>today, still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="692"/>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="693"/>
        <source>before the habit began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="694"/>
        <source>still to come</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineDialog</name>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="429"/>
        <source>Routine times</source>
        <translation>Routine times</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="431"/>
        <source>Routine name</source>
        <translation>Routine name</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="433"/>
        <source>How the times repeat</source>
        <translation>How the times repeat</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="434"/>
        <source>The same time every day</source>
        <translation>The same time every day</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="435"/>
        <source>Weekdays and weekends</source>
        <translation>Weekdays and weekends</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="436"/>
        <source>Each day on its own</source>
        <translation>Each day on its own</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="439"/>
        <source>Time every day</source>
        <translation>Time every day</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="442"/>
        <source>&amp;Weekdays (Mon–Fri) at</source>
        <translation>&amp;Weekdays (Mon–Fri) at</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="443"/>
        <source>On weekdays</source>
        <translation>On weekdays</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="444"/>
        <source>Time on weekdays</source>
        <translation>Time on weekdays</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="445"/>
        <source>Wee&amp;kends (Sat–Sun) at</source>
        <translation>Wee&amp;kends (Sat–Sun) at</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="446"/>
        <source>On weekends</source>
        <translation>On weekends</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="447"/>
        <source>Time on weekends</source>
        <translation>Time on weekends</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="459"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="460"/>
        <source>&amp;Times:</source>
        <translation>&amp;Times:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="465"/>
        <source>Every habit stacked on this routine follows its times.</source>
        <translation>Every habit stacked on this routine follows its times.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="484"/>
        <source>Time on %1</source>
        <translation>Time on %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="497"/>
        <source>&amp;Every day at</source>
        <translation>&amp;Every day at</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="87"/>
        <location filename="../../desktop/smallwins/ui/settings.py" line="88"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="91"/>
        <source>Settings pages</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="93"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="94"/>
        <source>&amp;Widget</source>
        <translation>&amp;Widget</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="95"/>
        <source>C&amp;elebrations</source>
        <translation>C&amp;elebrations</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="96"/>
        <source>&amp;Reminders</source>
        <translation>&amp;Reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="98"/>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="101"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="102"/>
        <source>Close settings</source>
        <translation>Close settings</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="144"/>
        <source>&amp;Start Small Wins when I log in</source>
        <translation>&amp;Start Small Wins when I log in</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="144"/>
        <source>Start at login</source>
        <translation>Start at login</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="154"/>
        <source>Day starts at</source>
        <translation>Day starts at</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="154"/>
        <source>Da&amp;y starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="156"/>
        <source>Wins before this hour count for the day before — handy for night owls.</source>
        <translation>Wins before this hour count for the day before — handy for night owls.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="160"/>
        <source>As the language has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="165"/>
        <source>Wee&amp;k starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="165"/>
        <source>Week starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="168"/>
        <source>Follow system</source>
        <translation>Follow system</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="169"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="170"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="172"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="172"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="175"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="179"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="179"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="181"/>
        <source>A new language applies the next time Small Wins starts.</source>
        <translation>A new language applies the next time Small Wins starts.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="189"/>
        <source>S&amp;how the next-step widget</source>
        <translation>S&amp;how the next-step widget</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="189"/>
        <source>Show the widget</source>
        <translation>Show the widget</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="193"/>
        <source>Keep it &amp;above other windows</source>
        <translation>Keep it &amp;above other windows</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="193"/>
        <source>Always on top</source>
        <translation>Always on top</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="196"/>
        <source>&amp;Collapse it to a small pill</source>
        <translation>&amp;Collapse it to a small pill</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="196"/>
        <source>Collapsed</source>
        <translation>Collapsed</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="216"/>
        <source>&amp;Opacity:</source>
        <translation>&amp;Opacity:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="218"/>
        <source>Widget opacity in percent</source>
        <translation>Widget opacity in percent</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="220"/>
        <source>Right-click the widget for the same choices.</source>
        <translation>Right-click the widget for the same choices.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="226"/>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="227"/>
        <source>Reduced motion</source>
        <translation>Reduced motion</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="228"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="230"/>
        <source>&amp;Style:</source>
        <translation>&amp;Style:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="230"/>
        <source>Celebration style</source>
        <translation>Celebration style</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="233"/>
        <source>One per line, e.g. “Future me says thanks.”</source>
        <translation>One per line, e.g. “Future me says thanks.”</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="235"/>
        <source>Your own &amp;messages:</source>
        <translation>Your own &amp;messages:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="237"/>
        <source>Your own messages, one per line</source>
        <translation>Your own messages, one per line</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="240"/>
        <source>Shown among the built-in cheers.</source>
        <translation>Shown among the built-in cheers.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="243"/>
        <source>One per line, e.g. “stretch for a minute”</source>
        <translation>One per line, e.g. “stretch for a minute”</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="245"/>
        <source>&amp;Quick rewards:</source>
        <translation>&amp;Quick rewards:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="247"/>
        <source>Quick rewards, one per line</source>
        <translation>Quick rewards, one per line</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="253"/>
        <source>Suggested every few wins. Keep them short, like “stretch for a minute” or “make a cup of tea”.</source>
        <translation>Suggested every few wins. Keep them short, like “stretch for a minute” or “make a cup of tea”.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="277"/>
        <source>Remind &amp;me at my routines’ times</source>
        <translation>Remind &amp;me at my routines’ times</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="277"/>
        <source>Reminders on</source>
        <translation>Reminders on</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="282"/>
        <source>&amp;Quiet hours</source>
        <translation>&amp;Quiet hours</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="282"/>
        <source>Quiet hours on</source>
        <translation>Quiet hours on</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="284"/>
        <source>Quiet hours start</source>
        <translation>Quiet hours start</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="285"/>
        <source>Quiet hours end</source>
        <translation>Quiet hours end</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="289"/>
        <source>&amp;from</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="291"/>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="300"/>
        <source>No reminders come between these times.</source>
        <translation>No reminders come between these times.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="303"/>
        <source>Prompt me for the weekly re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="303"/>
        <source>Weekly review prompt on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="307"/>
        <source>Weekly review day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="311"/>
        <source>Weekly review time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="313"/>
        <source>o&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="315"/>
        <source>&amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="326"/>
        <source>One notification a week that opens the weekly review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="418"/>
        <source>Could not save this setting: %1</source>
        <translation>Could not save this setting: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="437"/>
        <source>Could not change the login item: %1</source>
        <translation>Could not change the login item: %1</translation>
    </message>
</context>
<context>
    <name>ShrinkForm</name>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="153"/>
        <source>e.g. read one sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="154"/>
        <source>Tiny version</source>
        <translation type="unfinished">Tiny version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="155"/>
        <source>&amp;Tiny version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="160"/>
        <source>&amp;Make it lighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="161"/>
        <source>Save the lighter habit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="163"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="181"/>
        <source>Choose at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/review.py" line="191"/>
        <source>Made lighter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreaksWindow</name>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="264"/>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="265"/>
        <source>Streaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="271"/>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="272"/>
        <source>Close the streaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="295"/>
        <source>&amp;Habit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="297"/>
        <source>Habit to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="300"/>
        <source>Show a&amp;rchived</source>
        <translation type="unfinished">Show a&amp;rchived</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="301"/>
        <source>Show archived habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="312"/>
        <source>Streak figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="315"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="317"/>
        <source>Year heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="319"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="320"/>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="321"/>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="328"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="330"/>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="332"/>
        <source>Best streaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="367"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="371"/>
        <source>Strength over the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="377"/>
        <source>This month and the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="379"/>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="394"/>
        <source>Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="395"/>
        <source>Done</source>
        <translation type="unfinished">Done</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="396"/>
        <source>Tiny version</source>
        <translation type="unfinished">Tiny version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="397"/>
        <source>Rest days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="398"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="411"/>
        <source>Which weekdays get done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="413"/>
        <source>Weekdays by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="415"/>
        <source>A full disc: done on every one of those days; a ring alone: on none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="424"/>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="426"/>
        <source>Steps finished per purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="427"/>
        <source>No steps yet: add some in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="464"/>
        <source>◀ Previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="464"/>
        <source>Show the previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="467"/>
        <source>Next year ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="467"/>
        <source>Show the next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="479"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="479"/>
        <source>Show the previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="482"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="482"/>
        <source>Show the next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="485"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="485"/>
        <source>Show today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="578"/>
        <source>All habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="582"/>
        <source>{habit} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/streaks.py" line="653"/>
        <source>Today: %1 of %n habit(s) done.</source>
        <translation>
            <numerusform>Today: %1 of %n habit done.</numerusform>
            <numerusform>Today: %1 of %n habits done.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="655"/>
        <source>Nothing scheduled today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/streaks.py" line="661"/>
        <source>Current streak: %n day(s)</source>
        <translation>
            <numerusform>Current streak: %n day</numerusform>
            <numerusform>Current streak: %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="663"/>
        <source>(bent, still going)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/streaks.py" line="664"/>
        <source>Best streak: %n day(s)</source>
        <translation>
            <numerusform>Best streak: %n day</numerusform>
            <numerusform>Best streak: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/streaks.py" line="672"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="674"/>
        <source>{days}: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="675"/>
        <source>{days}: {first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="682"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="683"/>
        <source>tiny version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="684"/>
        <source>done after a miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="685"/>
        <source>rest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="686"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="687"/>
        <source>missed once, streak kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="688"/>
        <source>today, still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="689"/>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="690"/>
        <source>before the habit began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="691"/>
        <source>still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="692"/>
        <source>none done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="693"/>
        <source>under half done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="694"/>
        <source>half or more done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="695"/>
        <source>all done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="720"/>
        <source>{day}: still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="722"/>
        <source>{day}: nothing scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/streaks.py" line="723"/>
        <source>%1 of %n habit(s) done</source>
        <translation>
            <numerusform>%1 of %n habit done</numerusform>
            <numerusform>%1 of %n habits done</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="764"/>
        <source>A day still to come cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="768"/>
        <source>Choose a habit to change one of its days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="797"/>
        <source>up {points} % this week: {done} of {scheduled} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="799"/>
        <source>down {points} % this week: {done} of {scheduled} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="801"/>
        <source>steady this week: {done} of {scheduled} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="809"/>
        <source>Mean strength: {percent} % — {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="811"/>
        <source>Strength: {percent} % — {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="817"/>
        <source>Strength over the last 90 days: from {first} % to {last} %, at most {most} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="824"/>
        <source>No strength yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="828"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="841"/>
        <source>{month} so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="850"/>
        <source>{what}: {this} this month, {last} last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/streaks.py" line="859"/>
        <source>%n win(s) in all, the steps&apos; included.</source>
        <translation>
            <numerusform>%n win in all, the steps&apos; included.</numerusform>
            <numerusform>%n wins in all, the steps&apos; included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/streaks.py" line="861"/>
        <source>%n win(s) in all.</source>
        <translation>
            <numerusform>%n win in all.</numerusform>
            <numerusform>%n wins in all.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/streaks.py" line="885"/>
        <source>{month}, {weekday}: nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/streaks.py" line="886"/>
        <source>done on %1 of %n day(s)</source>
        <translation>
            <numerusform>done on %1 of %n day</numerusform>
            <numerusform>done on %1 of %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/streaks.py" line="895"/>
        <source>{purpose}: %1 of %n step(s) done</source>
        <translation>
            <numerusform>{purpose}: %1 of %n step done</numerusform>
            <numerusform>{purpose}: %1 of %n steps done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayMenu</name>
    <message>
        <location filename="../../desktop/smallwins/ui/today.py" line="32"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/today.py" line="38"/>
        <source>Nothing planned today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/today.py" line="52"/>
        <source>Steps toward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/today.py" line="60"/>
        <source>%n more step(s)</source>
        <translation>
            <numerusform>%n more step</numerusform>
            <numerusform>%n more steps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/today.py" line="69"/>
        <source>✓ %1 — done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/today.py" line="71"/>
        <source>✓ %1 — tiny version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/today.py" line="73"/>
        <source>○ %1 — pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/today.py" line="80"/>
        <source>○ %1 — snoozed until %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferTexts</name>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="163"/>
        <source>Purposes</source>
        <translation type="unfinished">Purposes</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="164"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="165"/>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="166"/>
        <source>Habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="167"/>
        <source>Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="168"/>
        <source>Rest days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="169"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="170"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="171"/>
        <source>Settings</source>
        <translation type="unfinished">Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="178"/>
        <source>Nothing changed: everything in {file} is here already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="182"/>
        <source>Imported {file}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="187"/>
        <source>{count} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="188"/>
        <source>{count} updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="189"/>
        <source>{count} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="190"/>
        <source>{count} already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="199"/>
        <source>Export — Small Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="202"/>
        <source>Import — Small Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="205"/>
        <source>Export Small Wins data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="208"/>
        <source>Import into Small Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="211"/>
        <source>Exported {habits} and {wins} ({records} in all) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/transfer.py" line="212"/>
        <source>%n habit(s)</source>
        <translation>
            <numerusform>%n habit</numerusform>
            <numerusform>%n habits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/transfer.py" line="213"/>
        <source>%n win(s)</source>
        <translation>
            <numerusform>%n win</numerusform>
            <numerusform>%n wins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/transfer.py" line="214"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="220"/>
        <source>Small Wins JSON, everything (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="221"/>
        <source>Spreadsheet CSV in a zip (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="222"/>
        <source>Loop Habit Tracker backup (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="227"/>
        <source>Small Wins JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/transfer.py" line="228"/>
        <source>Loop Habit Tracker backup or CSV export (*.db *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/tray.py" line="145"/>
        <source>%n win(s) today</source>
        <translation>
            <numerusform>%n win today</numerusform>
            <numerusform>%n wins today</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="152"/>
        <source>Small Wins — add one tiny step</source>
        <translation>Small Wins — add one tiny step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="153"/>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="160"/>
        <source>Snoozed until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="194"/>
        <source>Smaller version…</source>
        <translation>Smaller version…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="197"/>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="199"/>
        <source>10 minutes</source>
        <translation>10 minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="200"/>
        <location filename="../../desktop/smallwins/ui/tray.py" line="216"/>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="201"/>
        <location filename="../../desktop/smallwins/ui/tray.py" line="216"/>
        <source>Until tomorrow</source>
        <translation>Until tomorrow</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="187"/>
        <source>↺ Bring it back now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="191"/>
        <source>Nothing next — add one tiny step</source>
        <translation>Nothing next — add one tiny step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="206"/>
        <source>Add step…</source>
        <translation>Add step…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="208"/>
        <source>Undo last win</source>
        <translation>Undo last win</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="211"/>
        <source>Resume reminders</source>
        <translation>Resume reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="215"/>
        <source>Pause reminders</source>
        <translation>Pause reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="220"/>
        <source>Vacation…</source>
        <translation>Vacation…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="224"/>
        <source>Hide widget</source>
        <translation>Hide widget</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="228"/>
        <source>Show widget</source>
        <translation>Show widget</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="231"/>
        <source>Plan…</source>
        <translation>Plan…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="234"/>
        <source>Streaks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="237"/>
        <source>Weekly review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="240"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="241"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="242"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="246"/>
        <source>Quit Small Wins</source>
        <translation>Quit Small Wins</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="509"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="75"/>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="69"/>
        <source>purpose name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="513"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="76"/>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="76"/>
        <source>why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="520"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="122"/>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="122"/>
        <source>step text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="534"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="210"/>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="186"/>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="322"/>
        <source>routine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="535"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="209"/>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="168"/>
        <source>habit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="874"/>
        <source>say what to change: --action, --tiny, --after, --at, --days, --purpose, --reminder or --place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="913"/>
        <source>removing {action!r} deletes its {wins} win(s) for good: add --yes, or archive it to keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1038"/>
        <source>give each --at its --days (or one --at for every day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1045"/>
        <source>--days {days!r}: a routine&apos;s days are weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1341"/>
        <source>Small Wins is running with this data: quit it first, or restore from its window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1351"/>
        <source>nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1384"/>
        <source>nothing was restored: answer y, or add --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1465"/>
        <source>Small Wins is not running (start it with: {prog})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/days.py" line="114"/>
        <source>time {text!r} is not in HH:MM form (e.g. 07:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/days.py" line="119"/>
        <source>time {text!r} does not exist (hours 00-23, minutes 00-59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/days.py" line="141"/>
        <source>week {week!r} is not an ISO week like 2026-W48</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/days.py" line="145"/>
        <source>week {week!r} is before {earliest}: weeks start at 2000-W01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1191"/>
        <location filename="../../desktop/smallwins/core/validation.py" line="16"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="42"/>
        <source>{what} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="45"/>
        <source>{what} is too long ({length} characters; at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="55"/>
        <source>{what} contains a control character ({char})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="61"/>
        <source>{what} contains an invisible or direction-changing character ({char})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="83"/>
        <source>{what} {text!r} is not a real date in YYYY-MM-DD form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="89"/>
        <source>{what} {text!r} is not in YYYY-MM-DD form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="95"/>
        <source>{what} {day} is in the future (today is {today})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="102"/>
        <source>{what} {text!r} is before {earliest}: days start in 2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="130"/>
        <source>schedule {text!r}: a quota is written N/P, e.g. 3/7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="136"/>
        <source>schedule {text!r}: P must be between 1 and {most} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="142"/>
        <source>schedule {text!r}: N must be between 1 and P ({days})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="157"/>
        <source>schedule {text!r}: unknown weekday {name!r} (use mon,tue,wed,thu,fri,sat,sun, daily, weekdays, weekends or N/P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/core/validation.py" line="186"/>
        <source>colour {text!r} is not in #RRGGBB form (e.g. #3b82f6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="80"/>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="74"/>
        <source>a purpose named {name!r} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="93"/>
        <source>there is no purpose yet: add one first (smallwins purpose add NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="103"/>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="37"/>
        <source>no step with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="105"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="314"/>
        <source>step {id} is already done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="107"/>
        <source>step {id} is already dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="129"/>
        <source>{purpose!r} already has the step {step!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="149"/>
        <source>smaller step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="151"/>
        <source>give at least one smaller step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="154"/>
        <source>at most {most} smaller steps at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="545"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="213"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="274"/>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="175"/>
        <source>tiny version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="219"/>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="173"/>
        <source>a habit named {name!r} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="862"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="309"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="535"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="644"/>
        <source>no habit with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="225"/>
        <source>{routine!r} is a new routine: give its time (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="321"/>
        <source>nothing to tick: add one tiny step first (smallwins step add TEXT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="333"/>
        <source>nothing to tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="367"/>
        <source>{habit!r} is already done on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="405"/>
        <source>--tiny is for habits; a step is already tiny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="451"/>
        <source>there is no win to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="485"/>
        <source>rest date {day} is more than {most} days ahead (today is {today})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="492"/>
        <source>rest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="500"/>
        <source>{habit!r} already has a win on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="508"/>
        <source>{day} is already a rest day for all habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="511"/>
        <source>{day} is already a rest day for {habit!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="527"/>
        <source>{day} is not a rest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="566"/>
        <source>nothing is recorded for {habit!r} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="591"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="648"/>
        <source>a snooze lasts between 1 minute and 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="671"/>
        <source>habit {id} is not snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="673"/>
        <source>step {id} is not snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="702"/>
        <source>what helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="703"/>
        <source>what got in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="705"/>
        <source>choose one focus: a purpose or a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="711"/>
        <source>step {id} is not an open step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="718"/>
        <source>purpose {id} is not an active purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="816"/>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="356"/>
        <source>{value!r} is not a valid value for {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="833"/>
        <source>quiet hours need both a start and an end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="837"/>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="860"/>
        <source>{value!r} is not a time in HH:MM form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="855"/>
        <source>{value!r} is not a weekday (0 Monday to 6 Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="881"/>
        <source>a pause lasts between 1 minute and 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="905"/>
        <source>the vacation ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="907"/>
        <source>a vacation starts today or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="911"/>
        <source>a vacation is at most {most} days long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/queries.py" line="47"/>
        <source>--from date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/queries.py" line="52"/>
        <source>--to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/queries.py" line="56"/>
        <source>--from {first} is after --to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/queries.py" line="77"/>
        <source>--days must be between 1 and {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/commands.py" line="700"/>
        <location filename="../../desktop/smallwins/usecases/queries.py" line="105"/>
        <source>week {week} has not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/view.py" line="280"/>
        <source>no habit named {name!r} (habits: none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/view.py" line="284"/>
        <source>no habit named {name!r} (habits: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/view.py" line="296"/>
        <source>no purpose named {name!r} (purposes: none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/view.py" line="300"/>
        <source>no purpose named {name!r} (purposes: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/view.py" line="312"/>
        <source>no routine named {name!r} (routines: none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/view.py" line="316"/>
        <source>no routine named {name!r} (routines: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/database.py" line="126"/>
        <source>cannot create the data file {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/database.py" line="144"/>
        <location filename="../../desktop/smallwins/storage/database.py" line="212"/>
        <location filename="../../desktop/smallwins/storage/database.py" line="245"/>
        <source>cannot open the Small Wins data in {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/database.py" line="165"/>
        <source>there is no Small Wins data in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/database.py" line="196"/>
        <source>the data in {path} is read-only and needs an upgrade this version cannot write (schema {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/migrations.py" line="250"/>
        <source>this data was written by a newer Small Wins (schema {version}, this version reads up to {latest}); please update Small Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/migrations.py" line="302"/>
        <source>the data could not be upgraded: {count} broken reference(s), e.g. {table} row {row} points to a missing {parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="58"/>
        <source>a purpose with this name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="59"/>
        <source>a routine with this name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="60"/>
        <source>a habit with this action already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="61"/>
        <source>a routine has at most one time per weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="64"/>
        <source>this rest day is already planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="65"/>
        <source>a review for this week already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="66"/>
        <source>it refers to something that does not exist, or is still referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="78"/>
        <source>the change breaks a rule of the data ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/failures.py" line="48"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/failures.py" line="49"/>
        <source>the data is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/failures.py" line="50"/>
        <source>the data is busy: another program is using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/failures.py" line="54"/>
        <source>the Small Wins data cannot be used right now: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/failures.py" line="51"/>
        <source>the Small Wins data is damaged or unreadable: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="368"/>
        <source>there is no purpose {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="433"/>
        <location filename="../../desktop/smallwins/storage/store.py" line="437"/>
        <location filename="../../desktop/smallwins/storage/store.py" line="443"/>
        <source>there is no step {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="511"/>
        <location filename="../../desktop/smallwins/storage/store.py" line="518"/>
        <source>there is no routine {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/store.py" line="603"/>
        <location filename="../../desktop/smallwins/storage/store.py" line="609"/>
        <location filename="../../desktop/smallwins/storage/store.py" line="626"/>
        <source>there is no habit {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="30"/>
        <source>no purpose with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="44"/>
        <source>no routine with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="100"/>
        <source>purpose {name!r} is already archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="104"/>
        <source>purpose {name!r} is not archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="139"/>
        <source>step {id} is not dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="257"/>
        <source>habit {name!r} is already archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="260"/>
        <source>habit {name!r} is not archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="295"/>
        <source>weekday {day} does not exist (0 = Monday … 6 = Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="301"/>
        <source>each weekday can have one time only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="305"/>
        <source>give routine {name!r} a time on at least one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/plan.py" line="326"/>
        <source>a routine named {name!r} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/backups.py" line="93"/>
        <source>there is no good backup in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/backups.py" line="119"/>
        <source>the data is damaged, so it cannot be replaced while Small Wins has it open: quit Small Wins and start it again, and it offers the newest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/backups.py" line="73"/>
        <source>the backup {path} could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/backups.py" line="157"/>
        <source>there is no data to back up in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/backups.py" line="188"/>
        <source>there is no backup {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/backups.py" line="204"/>
        <source>it is not Small Wins data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/backups.py" line="206"/>
        <source>it was written by a newer Small Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/backups.py" line="209"/>
        <source>the backup {path} cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/health.py" line="34"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/health.py" line="35"/>
        <source>it is not an SQLite database (its header is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/health.py" line="36"/>
        <source>the file is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/health.py" line="150"/>
        <source>the Small Wins data in {path} is damaged ({reason}); nothing was written to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/storage/restore.py" line="74"/>
        <source>the backup could not be restored, nothing changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="69"/>
        <source>the import was cancelled; nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="87"/>
        <source>cannot tell the format of {file}: give --format ({formats})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="102"/>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="128"/>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="106"/>
        <source>is neither a Loop Habit Tracker backup (.db) nor its CSV export (a folder or a zip with Habits.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="113"/>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="225"/>
        <source>unknown format {name!r} (use {formats})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="133"/>
        <source>is the Small Wins data itself: to go back to an earlier state, restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="210"/>
        <source>is the Small Wins data itself: export to a file of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/usecases/transfer.py" line="421"/>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="542"/>
        <source>the steps&apos; parents go round in a circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/bundle.py" line="109"/>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/bundle.py" line="113"/>
        <source>table {table}, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/bundle.py" line="118"/>
        <source>at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/bundle.py" line="122"/>
        <source>entry {entry!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/bundle.py" line="130"/>
        <location filename="../../desktop/smallwins/transfer/bundle.py" line="142"/>
        <source>{file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/bundle.py" line="133"/>
        <location filename="../../desktop/smallwins/transfer/bundle.py" line="145"/>
        <source>{file}, {place}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="44"/>
        <source>{field} must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="65"/>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="172"/>
        <source>{field} must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="68"/>
        <source>{field} is {value}; it must be between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="78"/>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="209"/>
        <source>{field} must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="81"/>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="453"/>
        <source>{field} is not a usable number ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="89"/>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="215"/>
        <source>{field} must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="95"/>
        <source>{field} is not a uid (a UUID such as {example})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="107"/>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="191"/>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="199"/>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="257"/>
        <source>{field} {value!r} is not one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="116"/>
        <source>{field} must be a date in YYYY-MM-DD form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="122"/>
        <source>{field} {value!r} is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="131"/>
        <source>{field} {day} is before {earliest}: days start in 2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="138"/>
        <source>{field} {day} is in the future (today is {today})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="148"/>
        <source>{field} must be an ISO 8601 time with its offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="155"/>
        <source>{field} {value!r} is not a real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="161"/>
        <source>{field} {value!r} has no UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/checks.py" line="172"/>
        <source>{field} must be a time HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/csvformat.py" line="115"/>
        <source>{path} is there already and is not an earlier CSV export: choose a new folder (or a name ending in .zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="101"/>
        <source>there is no folder {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="109"/>
        <source>cannot be written ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="335"/>
        <source>not valid JSON: {reason} (column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="340"/>
        <source>the JSON is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="347"/>
        <source>{value} is not a number JSON allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="354"/>
        <source>the key {key!r} is there twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="358"/>
        <source>the number {value} is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="393"/>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="459"/>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="552"/>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="691"/>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="709"/>
        <source>{field} must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="396"/>
        <source>this is not a Small Wins export (no &quot;format&quot;: {format!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="402"/>
        <source>it was written by a newer Small Wins (format version {version}; this one reads up to {latest}); please update Small Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="449"/>
        <source>{field} must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="452"/>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="695"/>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="156"/>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="366"/>
        <source>too many records ({count}; at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="470"/>
        <source>the uid {uid} is there twice (also {kind}[{other}])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="486"/>
        <source>{field} refers to {uid}, which is not among the {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="497"/>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="178"/>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="241"/>
        <source>{field} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="557"/>
        <source>{value!r} is not a weekday (mon … sun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="579"/>
        <source>{field} names no weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="602"/>
        <source>a win is of one habit or one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="666"/>
        <source>the name {name!r} is there twice (also {kind}[{other}])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/jsonformat.py" line="680"/>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="245"/>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="416"/>
        <source>the same day is there twice (also {kind}[{other}])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="86"/>
        <source>{entry} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="99"/>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="336"/>
        <source>{value!r} is there twice (also row {other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="121"/>
        <source>has no {entry} (is it Loop&apos;s CSV export?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="147"/>
        <source>a cell is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopcsv.py" line="164"/>
        <source>not valid CSV ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="207"/>
        <source>is not a Loop Habit Tracker backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="214"/>
        <source>cannot be opened ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="223"/>
        <source>is damaged or not a Loop backup ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="256"/>
        <source>is a Loop backup of schema version {version}; this app reads versions {oldest} to {newest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="277"/>
        <source>has no table {table} (a Loop backup has one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="301"/>
        <source>table {table} has no column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="317"/>
        <source>too many habits (at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="406"/>
        <source>habit {habit} is not in table Habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="411"/>
        <source>timestamp {value} is not the start of a day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="430"/>
        <source>value {value} is not one Loop writes for a yes/no habit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/loopdb.py" line="462"/>
        <source>{field} {value!r} is not made of hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="40"/>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="64"/>
        <source>cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="43"/>
        <source>is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="48"/>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="70"/>
        <source>is too large ({size} MB; at most {limit} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="85"/>
        <source>is not UTF-8 text (a bad byte on line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="111"/>
        <source>holds too many files ({count}; at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="121"/>
        <source>the name points outside the zip&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="124"/>
        <source>is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="145"/>
        <source>unpacks to more than {limit} MB (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="156"/>
        <source>is damaged ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="172"/>
        <location filename="../../desktop/smallwins/transfer/safety.py" line="183"/>
        <source>is not a readable zip ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VacationPrompt</name>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="86"/>
        <source>Vacation</source>
        <translation>Vacation</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="91"/>
        <source>Rest days for every habit: no reminders, and no day counts as missed. Streaks wait for you.</source>
        <translation>Rest days for every habit: no reminders, and no day counts as missed. Streaks wait for you.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="101"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="101"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="132"/>
        <source>%n rest day(s), through %1</source>
        <translation>
            <numerusform>%n rest day: %1</numerusform>
            <numerusform>%n rest days, through %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="263"/>
        <source>Welcome to Small Wins</source>
        <translation>Welcome to Small Wins</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="168"/>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="169"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="349"/>
        <source>Tin&amp;y version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="413"/>
        <source>S&amp;kip</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="185"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="186"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="250"/>
        <source>Example: %1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="255"/>
        <source>Or pick an example:</source>
        <translation>Or pick an example:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="265"/>
        <source>Big goals move forward in tiny steps, and every step you finish is a win. Let’s set up your first one — it takes a minute.</source>
        <translation>Big goals move forward in tiny steps, and every step you finish is a win. Let’s set up your first one — it takes a minute.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="270"/>
        <source>e.g. Write a novel</source>
        <translation>e.g. Write a novel</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="270"/>
        <source>Purpose: what you want to move forward</source>
        <translation>Purpose: what you want to move forward</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="272"/>
        <source>What do you want to &amp;move forward?</source>
        <translation>What do you want to &amp;move forward?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="277"/>
        <source>Write a novel</source>
        <translation>Write a novel</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="278"/>
        <source>Feel stronger</source>
        <translation>Feel stronger</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="279"/>
        <source>Learn Spanish</source>
        <translation>Learn Spanish</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="287"/>
        <source>e.g. I want to finish what I start</source>
        <translation>e.g. I want to finish what I start</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="287"/>
        <source>Why it matters (optional)</source>
        <translation>Why it matters (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="289"/>
        <source>&amp;Why does it matter to you? (optional)</source>
        <translation>&amp;Why does it matter to you? (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="298"/>
        <source>One tiny first step</source>
        <translation>One tiny first step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="300"/>
        <source>Make it so small that you could do it right now, in two minutes or less. Small is the point: it is what gets you started.</source>
        <translation>Make it so small that you could do it right now, in two minutes or less. Small is the point: it is what gets you started.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="305"/>
        <source>e.g. Open the draft and write one sentence</source>
        <translation>e.g. Open the draft and write one sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="305"/>
        <source>First step</source>
        <translation>First step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="307"/>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="426"/>
        <source>Your &amp;first step:</source>
        <translation>Your &amp;first step:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="313"/>
        <source>Open the draft and write one sentence</source>
        <translation>Open the draft and write one sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="314"/>
        <source>Put on running shoes</source>
        <translation>Put on running shoes</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="315"/>
        <source>Learn one new word</source>
        <translation>Learn one new word</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="326"/>
        <source>Stack a habit on a routine</source>
        <translation>Stack a habit on a routine</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="328"/>
        <source>Optional: tie a tiny action to something you already do each day, and Small Wins reminds you at that time. Leave it empty to skip.</source>
        <translation>Optional: tie a tiny action to something you already do each day, and Small Wins reminds you at that time. Leave it empty to skip.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="333"/>
        <source>e.g. I pour my morning coffee</source>
        <translation>e.g. I pour my morning coffee</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="333"/>
        <source>Routine: after what</source>
        <translation>Routine: after what</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="335"/>
        <source>e.g. read one page</source>
        <translation>e.g. read one page</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="335"/>
        <source>Tiny action</source>
        <translation>Tiny action</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="338"/>
        <source>Time of the routine</source>
        <translation>Time of the routine</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="340"/>
        <source>e.g. read one sentence (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="340"/>
        <source>Tiny version</source>
        <translation type="unfinished">Tiny version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="346"/>
        <source>&amp;After</source>
        <translation>&amp;After</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="347"/>
        <source>I &amp;will</source>
        <translation>I &amp;will</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="348"/>
        <source>a&amp;t</source>
        <translation>a&amp;t</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="363"/>
        <source>I pour my morning coffee</source>
        <translation>I pour my morning coffee</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="363"/>
        <source>read one page</source>
        <translation>read one page</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="364"/>
        <source>I sit down at my desk</source>
        <translation>I sit down at my desk</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="364"/>
        <source>write one sentence</source>
        <translation>write one sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="365"/>
        <source>I brush my teeth at night</source>
        <translation>I brush my teeth at night</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="365"/>
        <source>do one push-up</source>
        <translation>do one push-up</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="371"/>
        <source>After %1, I will %2 at %3</source>
        <translation>After %1, I will %2 at %3</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="399"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="403"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="403"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="404"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="404"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="407"/>
        <source>S&amp;kip the habit</source>
        <translation>S&amp;kip the habit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="408"/>
        <source>Skip the habit and finish</source>
        <translation>Skip the habit and finish</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="410"/>
        <source>Save your purpose and first step without a habit, and finish.</source>
        <translation>Save your purpose and first step without a habit, and finish.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="414"/>
        <source>Skip the welcome: nothing is saved</source>
        <translation>Skip the welcome: nothing is saved</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="417"/>
        <source>Skip the welcome: nothing is saved (if you typed something, you are asked first). You can add a step any time.</source>
        <translation>Skip the welcome: nothing is saved (if you typed something, you are asked first). You can add a step any time.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="424"/>
        <source>Your &amp;first step toward “%1”:</source>
        <translation>Your &amp;first step toward “%1”:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="489"/>
        <source>Your purpose “%1”, without a first step yet.</source>
        <translation>Your purpose “%1”, without a first step yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="493"/>
        <source>Your purpose “%1” and its first step “%2”.</source>
        <translation>Your purpose “%1” and its first step “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="508"/>
        <source>Give your purpose a name first.</source>
        <translation>Give your purpose a name first.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="519"/>
        <source>Write down one tiny first step.</source>
        <translation>Write down one tiny first step.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="530"/>
        <source>Say after which routine, or clear the habit.</source>
        <translation>Say after which routine, or clear the habit.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="532"/>
        <source>Say what you will do, or clear the habit.</source>
        <translation>Say what you will do, or clear the habit.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="549"/>
        <source>Choose at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="553"/>
        <source>Choose a time between 00:00 and 23:59.</source>
        <translation>Choose a time between 00:00 and 23:59.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="588"/>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
</context>
<context>
    <name>WinMarks</name>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="167"/>
        <source>Wins today</source>
        <translation>Wins today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/widget.py" line="187"/>
        <source>%n win(s) today</source>
        <translation>
            <numerusform>%n win today</numerusform>
            <numerusform>%n wins today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/widget.py" line="189"/>
        <source>%n waiting to be saved</source>
        <translation>
            <numerusform>%n waiting to be saved</numerusform>
            <numerusform>%n waiting to be saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="153"/>
        <source>%Y-%m-%d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="161"/>
        <source>{whole}.{fraction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="181"/>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="195"/>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="196"/>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="199"/>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="217"/>
        <source>{text!r} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="221"/>
        <source>{text!r} must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="230"/>
        <source>add a purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="232"/>
        <location filename="../../desktop/smallwins/cli.py" line="255"/>
        <source>why it matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="236"/>
        <source>if a purpose of that name is there, name it and succeed (a retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="238"/>
        <source>list purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="242"/>
        <source>choose the purpose whose steps come first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="248"/>
        <location filename="../../desktop/smallwins/cli.py" line="345"/>
        <source>archived ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="251"/>
        <source>rename a purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="257"/>
        <source>archive a finished purpose (its history stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="258"/>
        <source>bring back an archived purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="268"/>
        <source>add a step at the end of a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="273"/>
        <source>put it at the front of the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="278"/>
        <source>if the purpose has an open step of these words, name it and succeed (a retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="285"/>
        <source>put smaller steps in front of a heavy one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="289"/>
        <source>drop a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="292"/>
        <source>send a step to the back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="295"/>
        <source>list open steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="299"/>
        <source>change a step&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="304"/>
        <source>mark a step done (a win)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="310"/>
        <source>put a step at a place in its purpose&apos;s queue (1 = first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="319"/>
        <source>&quot;After I &lt;routine&gt;, I will &lt;action&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="326"/>
        <source>the time of a new routine; for an existing one, its time on the habit&apos;s days (every habit stacked there moves too); leave it out to keep the routine&apos;s times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="336"/>
        <source>daily, weekdays, weekends, mon,wed,fri or a quota N/P such as 3/7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="339"/>
        <source>the smallest possible version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="342"/>
        <source>list habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="348"/>
        <source>change any part of a habit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="353"/>
        <source>the smallest version (&quot;&quot; removes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="358"/>
        <source>move it to the end of this routine&apos;s stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="363"/>
        <source>the routine&apos;s time on the habit&apos;s days (moves the whole stack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="367"/>
        <source>its purpose (&quot;&quot; for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="371"/>
        <source>its place in the stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="374"/>
        <source>archive a habit: no reminders, its history stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="375"/>
        <source>bring back an archived habit, streaks intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="381"/>
        <source>delete a habit and its wins for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="385"/>
        <source>yes, delete its wins too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="394"/>
        <source>list routines and their stacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="400"/>
        <source>set a routine&apos;s times: --at 07:30 --days weekdays --at 09:00 --days weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="411"/>
        <source>the days of the --at before it (default: every day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="414"/>
        <source>rename a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="474"/>
        <source>use another data folder (also SMALLWINS_DATA_DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="479"/>
        <source>Small Wins: turn big goals into tiny steps. With no command, starts the tray app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="483"/>
        <source>Exit status: 0 done (or already so: a repeated tick or rest, add --if-absent); 1 refused, nothing changed; 2 usage; 3 saved, but the answer could not be printed; 141 the output was closed, nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="496"/>
        <source>manage purposes, the larger why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="499"/>
        <source>manage micro-steps toward a purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="502"/>
        <source>manage habits stacked on routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="505"/>
        <source>manage routines, the anchors habits stack on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="509"/>
        <source>show the next micro-step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="512"/>
        <source>record a win (default: the next step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="516"/>
        <source>a forgotten past day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="518"/>
        <source>done in its tiny version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="521"/>
        <source>plan a rest day for a habit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="525"/>
        <source>remove the last win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="527"/>
        <source>today at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="530"/>
        <source>keep a note for a habit&apos;s day (&quot;&quot; removes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="532"/>
        <source>default: today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="535"/>
        <source>a habit&apos;s days, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="542"/>
        <source>upcoming reminders, local time with UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="547"/>
        <source>the weekly review numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="423"/>
        <source>make a backup of the data now; backup list: the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="430"/>
        <source>put a backup in place of the data (the data now is kept aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="435"/>
        <source>a backup file, or the newest good one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="437"/>
        <source>do not ask first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="440"/>
        <source>write everything to a file (json), a spreadsheet (csv) or for Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="446"/>
        <source>json: everything, to import again; csv: wins and days, a folder or a .zip; loop: a .db that Loop Habit Tracker imports (default: from the file&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="454"/>
        <source>bring in a Small Wins JSON export or Loop Habit Tracker&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="460"/>
        <source>json: a Small Wins export; loop: Loop&apos;s backup (.db) or its CSV export (a folder or its .zip); default: from the file&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="553"/>
        <source>open a window in the running app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="566"/>
        <source>Nothing next. Add one tiny step: smallwins step add TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="567"/>
        <source>  ({purpose})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="569"/>
        <source>After {routine}: {text}{purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="578"/>
        <source>first win today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="579"/>
        <source>{count} today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="581"/>
        <source>streak {count} (bent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="583"/>
        <source>streak {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="585"/>
        <source>{count}-day milestone!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="587"/>
        <source>new best streak!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="600"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="601"/>
        <source>tiny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="602"/>
        <source>rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="603"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="604"/>
        <source>bent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="605"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="606"/>
        <source>unscheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="607"/>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="608"/>
        <source>before it began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="711"/>
        <source>Purpose #{id} is there: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="717"/>
        <source>Added purpose #{id}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="722"/>
        <source>Focus: most recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="724"/>
        <source>Focus: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="729"/>
        <source>Purpose #{id} is now: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="735"/>
        <source>Archived purpose #{id}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="737"/>
        <source>Restored purpose #{id}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="762"/>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="777"/>
        <source>Step #{id} is there: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="779"/>
        <source>Added step #{id}: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="788"/>
        <source>Added smaller step #{id}: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="791"/>
        <source>Dropped step #{id}: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="794"/>
        <source>Later: #{id} {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="797"/>
        <source>Step #{id} is now: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="802"/>
        <source>Moved step #{id}: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="845"/>
        <source>Added habit #{id}: After {routine} ({when}), {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="897"/>
        <source>Changed habit #{id}: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="904"/>
        <source>Archived habit #{id}: {action} (its history stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="906"/>
        <source>Restored habit #{id}: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="924"/>
        <source>Removed habit #{id}: {action} ({wins} wins deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="975"/>
        <source>#{id} After {routine} ({when}): {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="982"/>
        <source>    (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1022"/>
        <source>{routine} ({when}): {habits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1025"/>
        <source>no habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1032"/>
        <source>Routine #{id} is now: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1052"/>
        <source>Routine #{id} {name}: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1061"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1062"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1063"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1064"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1065"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1066"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1067"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1085"/>
        <source>no time set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1129"/>
        <source>Rest day planned: {day} for {habit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1139"/>
        <source>Removed the last win: {text} ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1153"/>
        <source>{day}: {count} wins today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1157"/>
        <source>Next: {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1162"/>
        <source>  {habit}: {state}, streak {streak} (best {best}), strength {strength} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1198"/>
        <source>No note for {habit} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1203"/>
        <source>Note for {habit} on {day}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1218"/>
        <source>No reminders coming up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1223"/>
        <source>{at}  After {routine}: {habit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1225"/>
        <source>{day}T{time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1239"/>
        <source>Week {week}: {count} wins (last week {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1244"/>
        <source>per day: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1249"/>
        <source>  {habit}: {marks} ({change} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1255"/>
        <source>felt heavy: {habits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1261"/>
        <source>strongest anchor: {routine} ({done} of {due} done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1269"/>
        <source>what helped: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1271"/>
        <source>what got in the way: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1282"/>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1283"/>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1284"/>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1285"/>
        <source>before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1286"/>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1295"/>
        <source>--json goes with: backup list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1298"/>
        <source>Backup written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1319"/>
        <source>No backups yet (they go to {folder})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1324"/>
        <source>{when}  {reason}  {size} KiB  {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1347"/>
        <source>Restore the backup of {when} ({reason})? The data now is kept aside. [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1357"/>
        <source>Restored the backup of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1361"/>
        <source>Restored the backup of {when}; the data before is kept in {aside}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1386"/>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1386"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1397"/>
        <source>Exported {habits} habits, {wins} wins and {records} records in all to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1409"/>
        <source>purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1410"/>
        <source>steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1411"/>
        <source>routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1412"/>
        <source>habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1413"/>
        <source>wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1414"/>
        <source>rest days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1415"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1416"/>
        <source>reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1417"/>
        <source>settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1436"/>
        <source>Nothing changed: everything in {file} is here already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1440"/>
        <source>Imported {file}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1446"/>
        <source>  {kind}: {added} added, {updated} updated, {removed} removed, {kept} already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1586"/>
        <source>the change was saved, but then: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1605"/>
        <source>the change was saved, but its answer could not be printed ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1615"/>
        <source>the answer could not be printed ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1628"/>
        <source>Restore the newest good backup with: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/cli.py" line="1634"/>
        <source>unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
