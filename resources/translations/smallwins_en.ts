<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>Desktop</name>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="230"/>
        <source>Add a purpose</source>
        <translation>Add a purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="231"/>
        <source>Every step serves a larger why. What do you want to move forward?</source>
        <translation>Every step serves a larger why. What do you want to move forward?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="232"/>
        <source>e.g. Write a novel</source>
        <translation>e.g. Write a novel</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="238"/>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="239"/>
        <source>What is one tiny step you could take?</source>
        <translation>What is one tiny step you could take?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="240"/>
        <source>e.g. Open the draft and write one sentence</source>
        <translation>e.g. Open the draft and write one sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="250"/>
        <source>What is the tiniest version of “%1”?</source>
        <translation>What is the tiniest version of “%1”?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="253"/>
        <source>What is a smaller first step for “%1”?</source>
        <translation>What is a smaller first step for “%1”?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="256"/>
        <source>Smaller version</source>
        <translation>Smaller version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="263"/>
        <source>Small Wins</source>
        <translation>Small Wins</translation>
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
        <source>Small Wins — next step</source>
        <translation type="vanished">Small Wins — next step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="233"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="251"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="386"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="387"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="256"/>
        <source>Smaller version</source>
        <translation>Smaller version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="257"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="308"/>
        <source>Next step (collapsed)</source>
        <translation>Next step (collapsed)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="309"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="557"/>
        <source>Expand</source>
        <translation>Expand</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="363"/>
        <source>Snoozed until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="369"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="370"/>
        <source>Bring it back now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="372"/>
        <source>Add one tiny step</source>
        <translation>Add one tiny step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="373"/>
        <source>What is the smallest thing you could do next?</source>
        <translation>What is the smallest thing you could do next?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="375"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="376"/>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="380"/>
        <source>After %1</source>
        <translation>After %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="557"/>
        <source>Collapse</source>
        <translation>Collapse</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="559"/>
        <source>Always on top</source>
        <translation>Always on top</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="563"/>
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="573"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="576"/>
        <source>Hide widget</source>
        <translation>Hide widget</translation>
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
    <name>ReminderPresenter</name>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="33"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/reminders.py" line="34"/>
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Snooze %n min</numerusform>
            <numerusform>Snooze %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="42"/>
        <source>Show Small Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="45"/>
        <source>After %1</source>
        <translation type="unfinished">After %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="56"/>
        <source>Last time slipped — that&apos;s fine. Never miss twice: even “%1” counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="62"/>
        <source>Last time slipped — that&apos;s fine. Never miss twice: any small start counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/reminders.py" line="68"/>
        <source>%n prompt(s).</source>
        <translation>
            <numerusform>%n prompt.</numerusform>
            <numerusform>%n prompts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="70"/>
        <source>Next: %1</source>
        <translation type="unfinished">Next: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="103"/>
        <source>While you were away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation type="vanished">Snooze 10 min</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="36"/>
        <source>Tiny version</source>
        <translation>Tiny version</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Small Wins — Settings</source>
        <translation type="vanished">Small Wins — Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="84"/>
        <location filename="../../desktop/smallwins/ui/settings.py" line="85"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="88"/>
        <source>Settings pages</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="90"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="91"/>
        <source>&amp;Widget</source>
        <translation>&amp;Widget</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="92"/>
        <source>C&amp;elebrations</source>
        <translation>C&amp;elebrations</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="93"/>
        <source>&amp;Reminders</source>
        <translation>&amp;Reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="96"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="97"/>
        <source>Close settings</source>
        <translation>Close settings</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="138"/>
        <source>&amp;Start Small Wins when I log in</source>
        <translation>&amp;Start Small Wins when I log in</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="138"/>
        <source>Start at login</source>
        <translation>Start at login</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="148"/>
        <source>&amp;Day starts at:</source>
        <translation>&amp;Day starts at:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="148"/>
        <source>Day starts at</source>
        <translation>Day starts at</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="150"/>
        <source>Wins before this hour count for the day before — handy for night owls.</source>
        <translation>Wins before this hour count for the day before — handy for night owls.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="154"/>
        <source>Follow system</source>
        <translation>Follow system</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="155"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="156"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="158"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="158"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="161"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="165"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="165"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="167"/>
        <source>A new language applies the next time Small Wins starts.</source>
        <translation>A new language applies the next time Small Wins starts.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="175"/>
        <source>S&amp;how the next-step widget</source>
        <translation>S&amp;how the next-step widget</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="175"/>
        <source>Show the widget</source>
        <translation>Show the widget</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="179"/>
        <source>Keep it &amp;above other windows</source>
        <translation>Keep it &amp;above other windows</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="179"/>
        <source>Always on top</source>
        <translation>Always on top</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="182"/>
        <source>&amp;Collapse it to a small pill</source>
        <translation>&amp;Collapse it to a small pill</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="182"/>
        <source>Collapsed</source>
        <translation>Collapsed</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="202"/>
        <source>&amp;Opacity:</source>
        <translation>&amp;Opacity:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="204"/>
        <source>Widget opacity in percent</source>
        <translation>Widget opacity in percent</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="206"/>
        <source>Right-click the widget for the same choices.</source>
        <translation>Right-click the widget for the same choices.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="212"/>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="213"/>
        <source>Reduced motion</source>
        <translation>Reduced motion</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="214"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="216"/>
        <source>&amp;Style:</source>
        <translation>&amp;Style:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="216"/>
        <source>Celebration style</source>
        <translation>Celebration style</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="219"/>
        <source>One per line, e.g. “Future me says thanks.”</source>
        <translation>One per line, e.g. “Future me says thanks.”</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="221"/>
        <source>Your own &amp;messages:</source>
        <translation>Your own &amp;messages:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="223"/>
        <source>Your own messages, one per line</source>
        <translation>Your own messages, one per line</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="226"/>
        <source>Shown among the built-in cheers.</source>
        <translation>Shown among the built-in cheers.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="229"/>
        <source>One per line, e.g. “stretch for a minute”</source>
        <translation>One per line, e.g. “stretch for a minute”</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="231"/>
        <source>&amp;Quick rewards:</source>
        <translation>&amp;Quick rewards:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="233"/>
        <source>Quick rewards, one per line</source>
        <translation>Quick rewards, one per line</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="239"/>
        <source>Suggested every few wins. Keep them short, like “stretch for a minute” or “make a cup of tea”.</source>
        <translation>Suggested every few wins. Keep them short, like “stretch for a minute” or “make a cup of tea”.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="263"/>
        <source>Remind &amp;me at my routines’ times</source>
        <translation>Remind &amp;me at my routines’ times</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="263"/>
        <source>Reminders on</source>
        <translation>Reminders on</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="268"/>
        <source>&amp;Quiet hours</source>
        <translation>&amp;Quiet hours</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="268"/>
        <source>Quiet hours on</source>
        <translation>Quiet hours on</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="270"/>
        <source>Quiet hours start</source>
        <translation>Quiet hours start</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="271"/>
        <source>Quiet hours end</source>
        <translation>Quiet hours end</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="275"/>
        <source>&amp;from</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="277"/>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="286"/>
        <source>No reminders come between these times.</source>
        <translation>No reminders come between these times.</translation>
    </message>
    <message>
        <source>the value was refused</source>
        <translation type="vanished">the value was refused</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="371"/>
        <source>Could not save this setting: %1</source>
        <translation>Could not save this setting: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="390"/>
        <source>Could not change the login item: %1</source>
        <translation>Could not change the login item: %1</translation>
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
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/tray.py" line="122"/>
        <source>%n win(s) today</source>
        <translation>
            <numerusform>%n win today</numerusform>
            <numerusform>%n wins today</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="126"/>
        <source>Small Wins — add one tiny step</source>
        <translation>Small Wins — add one tiny step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="127"/>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="134"/>
        <source>Snoozed until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="168"/>
        <source>Smaller version…</source>
        <translation>Smaller version…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="171"/>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="173"/>
        <source>10 minutes</source>
        <translation>10 minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="174"/>
        <location filename="../../desktop/smallwins/ui/tray.py" line="190"/>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="175"/>
        <location filename="../../desktop/smallwins/ui/tray.py" line="190"/>
        <source>Until tomorrow</source>
        <translation>Until tomorrow</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="161"/>
        <source>↺ Bring it back now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="165"/>
        <source>Nothing next — add one tiny step</source>
        <translation>Nothing next — add one tiny step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="180"/>
        <source>Add step…</source>
        <translation>Add step…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="182"/>
        <source>Undo last win</source>
        <translation>Undo last win</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="185"/>
        <source>Resume reminders</source>
        <translation>Resume reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="189"/>
        <source>Pause reminders</source>
        <translation>Pause reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="194"/>
        <source>Vacation…</source>
        <translation>Vacation…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="198"/>
        <source>Hide widget</source>
        <translation>Hide widget</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="202"/>
        <source>Show widget</source>
        <translation>Show widget</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="205"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="209"/>
        <source>Quit Small Wins</source>
        <translation>Quit Small Wins</translation>
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
        <location filename="../../desktop/smallwins/ui/welcome.py" line="261"/>
        <source>Welcome to Small Wins</source>
        <translation>Welcome to Small Wins</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="166"/>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="167"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="405"/>
        <source>S&amp;kip</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation type="vanished">Skip the welcome</translation>
    </message>
    <message>
        <source>Start with nothing; you can add a step any time.</source>
        <translation type="vanished">Start with nothing; you can add a step any time.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="183"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="184"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="248"/>
        <source>Example: %1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="253"/>
        <source>Or pick an example:</source>
        <translation>Or pick an example:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="263"/>
        <source>Big goals move forward in tiny steps, and every step you finish is a win. Let’s set up your first one — it takes a minute.</source>
        <translation>Big goals move forward in tiny steps, and every step you finish is a win. Let’s set up your first one — it takes a minute.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="268"/>
        <source>e.g. Write a novel</source>
        <translation>e.g. Write a novel</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="268"/>
        <source>Purpose: what you want to move forward</source>
        <translation>Purpose: what you want to move forward</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="270"/>
        <source>What do you want to &amp;move forward?</source>
        <translation>What do you want to &amp;move forward?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="275"/>
        <source>Write a novel</source>
        <translation>Write a novel</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="276"/>
        <source>Feel stronger</source>
        <translation>Feel stronger</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="277"/>
        <source>Learn Spanish</source>
        <translation>Learn Spanish</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="285"/>
        <source>e.g. I want to finish what I start</source>
        <translation>e.g. I want to finish what I start</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="285"/>
        <source>Why it matters (optional)</source>
        <translation>Why it matters (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="287"/>
        <source>&amp;Why does it matter to you? (optional)</source>
        <translation>&amp;Why does it matter to you? (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="296"/>
        <source>One tiny first step</source>
        <translation>One tiny first step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="298"/>
        <source>Make it so small that you could do it right now, in two minutes or less. Small is the point: it is what gets you started.</source>
        <translation>Make it so small that you could do it right now, in two minutes or less. Small is the point: it is what gets you started.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="303"/>
        <source>e.g. Open the draft and write one sentence</source>
        <translation>e.g. Open the draft and write one sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="303"/>
        <source>First step</source>
        <translation>First step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="305"/>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="418"/>
        <source>Your &amp;first step:</source>
        <translation>Your &amp;first step:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="311"/>
        <source>Open the draft and write one sentence</source>
        <translation>Open the draft and write one sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="312"/>
        <source>Put on running shoes</source>
        <translation>Put on running shoes</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="313"/>
        <source>Learn one new word</source>
        <translation>Learn one new word</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="324"/>
        <source>Stack a habit on a routine</source>
        <translation>Stack a habit on a routine</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="326"/>
        <source>Optional: tie a tiny action to something you already do each day, and Small Wins reminds you at that time. Leave it empty to skip.</source>
        <translation>Optional: tie a tiny action to something you already do each day, and Small Wins reminds you at that time. Leave it empty to skip.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="331"/>
        <source>e.g. I pour my morning coffee</source>
        <translation>e.g. I pour my morning coffee</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="331"/>
        <source>Routine: after what</source>
        <translation>Routine: after what</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="333"/>
        <source>e.g. read one page</source>
        <translation>e.g. read one page</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="333"/>
        <source>Tiny action</source>
        <translation>Tiny action</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="336"/>
        <source>Time of the routine</source>
        <translation>Time of the routine</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="340"/>
        <source>&amp;After</source>
        <translation>&amp;After</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="341"/>
        <source>I &amp;will</source>
        <translation>I &amp;will</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="342"/>
        <source>a&amp;t</source>
        <translation>a&amp;t</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="355"/>
        <source>I pour my morning coffee</source>
        <translation>I pour my morning coffee</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="355"/>
        <source>read one page</source>
        <translation>read one page</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="356"/>
        <source>I sit down at my desk</source>
        <translation>I sit down at my desk</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="356"/>
        <source>write one sentence</source>
        <translation>write one sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="357"/>
        <source>I brush my teeth at night</source>
        <translation>I brush my teeth at night</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="357"/>
        <source>do one push-up</source>
        <translation>do one push-up</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="363"/>
        <source>After %1, I will %2 at %3</source>
        <translation>After %1, I will %2 at %3</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="391"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="395"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="395"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="396"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="396"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="399"/>
        <source>S&amp;kip the habit</source>
        <translation>S&amp;kip the habit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="400"/>
        <source>Skip the habit and finish</source>
        <translation>Skip the habit and finish</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="402"/>
        <source>Save your purpose and first step without a habit, and finish.</source>
        <translation>Save your purpose and first step without a habit, and finish.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="406"/>
        <source>Skip the welcome: nothing is saved</source>
        <translation>Skip the welcome: nothing is saved</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="409"/>
        <source>Skip the welcome: nothing is saved (if you typed something, you are asked first). You can add a step any time.</source>
        <translation>Skip the welcome: nothing is saved (if you typed something, you are asked first). You can add a step any time.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="416"/>
        <source>Your &amp;first step toward “%1”:</source>
        <translation>Your &amp;first step toward “%1”:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="481"/>
        <source>Your purpose “%1”, without a first step yet.</source>
        <translation>Your purpose “%1”, without a first step yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="485"/>
        <source>Your purpose “%1” and its first step “%2”.</source>
        <translation>Your purpose “%1” and its first step “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="500"/>
        <source>Give your purpose a name first.</source>
        <translation>Give your purpose a name first.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="511"/>
        <source>Write down one tiny first step.</source>
        <translation>Write down one tiny first step.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="522"/>
        <source>Say after which routine, or clear the habit.</source>
        <translation>Say after which routine, or clear the habit.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="524"/>
        <source>Say what you will do, or clear the habit.</source>
        <translation>Say what you will do, or clear the habit.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="535"/>
        <source>Choose a time between 00:00 and 23:59.</source>
        <translation>Choose a time between 00:00 and 23:59.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="568"/>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
</context>
<context>
    <name>WinMarks</name>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="161"/>
        <source>Wins today</source>
        <translation>Wins today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/widget.py" line="169"/>
        <source>%n win(s) today</source>
        <translation>
            <numerusform>%n win today</numerusform>
            <numerusform>%n wins today</numerusform>
        </translation>
    </message>
</context>
</TS>
