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
        <location filename="../../desktop/smallwins/ui/desktop.py" line="217"/>
        <source>Add a purpose</source>
        <translation>Add a purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="218"/>
        <source>Every step serves a larger why. What do you want to move forward?</source>
        <translation>Every step serves a larger why. What do you want to move forward?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="219"/>
        <source>e.g. Write a novel</source>
        <translation>e.g. Write a novel</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="225"/>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="226"/>
        <source>What is one tiny step you could take?</source>
        <translation>What is one tiny step you could take?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="227"/>
        <source>e.g. Open the draft and write one sentence</source>
        <translation>e.g. Open the draft and write one sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="237"/>
        <source>What is the tiniest version of “%1”?</source>
        <translation>What is the tiniest version of “%1”?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="240"/>
        <source>What is a smaller first step for “%1”?</source>
        <translation>What is a smaller first step for “%1”?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="243"/>
        <source>Smaller version</source>
        <translation>Smaller version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="250"/>
        <source>Small Wins</source>
        <translation>Small Wins</translation>
    </message>
</context>
<context>
    <name>NextStepWidget</name>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="124"/>
        <source>Small Wins — next step</source>
        <translation>Small Wins — next step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="125"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="136"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="266"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="267"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="141"/>
        <source>Smaller version</source>
        <translation>Smaller version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="142"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="193"/>
        <source>Next step (collapsed)</source>
        <translation>Next step (collapsed)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="194"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="412"/>
        <source>Expand</source>
        <translation>Expand</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="243"/>
        <source>Snoozed until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="249"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="250"/>
        <source>Bring it back now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="252"/>
        <source>Add one tiny step</source>
        <translation>Add one tiny step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="253"/>
        <source>What is the smallest thing you could do next?</source>
        <translation>What is the smallest thing you could do next?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="255"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="256"/>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="260"/>
        <source>After %1</source>
        <translation>After %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="412"/>
        <source>Collapse</source>
        <translation>Collapse</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="414"/>
        <source>Always on top</source>
        <translation>Always on top</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="418"/>
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="428"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="431"/>
        <source>Hide widget</source>
        <translation>Hide widget</translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="123"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ReminderPresenter</name>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="30"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="31"/>
        <source>Snooze 10 min</source>
        <translation>Snooze 10 min</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="33"/>
        <source>Tiny version</source>
        <translation>Tiny version</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="69"/>
        <source>Small Wins — Settings</source>
        <translation>Small Wins — Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="70"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="73"/>
        <source>Settings pages</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="74"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="75"/>
        <source>&amp;Widget</source>
        <translation>&amp;Widget</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="76"/>
        <source>C&amp;elebrations</source>
        <translation>C&amp;elebrations</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="77"/>
        <source>&amp;Reminders</source>
        <translation>&amp;Reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="80"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="81"/>
        <source>Close settings</source>
        <translation>Close settings</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="122"/>
        <source>&amp;Start Small Wins when I log in</source>
        <translation>&amp;Start Small Wins when I log in</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="122"/>
        <source>Start at login</source>
        <translation>Start at login</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="132"/>
        <source>&amp;Day starts at:</source>
        <translation>&amp;Day starts at:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="132"/>
        <source>Day starts at</source>
        <translation>Day starts at</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="134"/>
        <source>Wins before this hour count for the day before — handy for night owls.</source>
        <translation>Wins before this hour count for the day before — handy for night owls.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="138"/>
        <source>Follow system</source>
        <translation>Follow system</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="139"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="140"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="142"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="142"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="145"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="149"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="149"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="151"/>
        <source>A new language applies the next time Small Wins starts.</source>
        <translation>A new language applies the next time Small Wins starts.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="159"/>
        <source>S&amp;how the next-step widget</source>
        <translation>S&amp;how the next-step widget</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="159"/>
        <source>Show the widget</source>
        <translation>Show the widget</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="163"/>
        <source>Keep it &amp;above other windows</source>
        <translation>Keep it &amp;above other windows</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="163"/>
        <source>Always on top</source>
        <translation>Always on top</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="166"/>
        <source>&amp;Collapse it to a small pill</source>
        <translation>&amp;Collapse it to a small pill</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="166"/>
        <source>Collapsed</source>
        <translation>Collapsed</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="186"/>
        <source>&amp;Opacity:</source>
        <translation>&amp;Opacity:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="188"/>
        <source>Widget opacity in percent</source>
        <translation>Widget opacity in percent</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="190"/>
        <source>Right-click the widget for the same choices.</source>
        <translation>Right-click the widget for the same choices.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="196"/>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="197"/>
        <source>Reduced motion</source>
        <translation>Reduced motion</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="198"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="200"/>
        <source>&amp;Style:</source>
        <translation>&amp;Style:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="200"/>
        <source>Celebration style</source>
        <translation>Celebration style</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="203"/>
        <source>One per line, e.g. “Future me says thanks.”</source>
        <translation>One per line, e.g. “Future me says thanks.”</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="205"/>
        <source>Your own &amp;messages:</source>
        <translation>Your own &amp;messages:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="207"/>
        <source>Your own messages, one per line</source>
        <translation>Your own messages, one per line</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="210"/>
        <source>Shown among the built-in cheers.</source>
        <translation>Shown among the built-in cheers.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="213"/>
        <source>One per line, e.g. “stretch for a minute”</source>
        <translation>One per line, e.g. “stretch for a minute”</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="215"/>
        <source>&amp;Quick rewards:</source>
        <translation>&amp;Quick rewards:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="217"/>
        <source>Quick rewards, one per line</source>
        <translation>Quick rewards, one per line</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="223"/>
        <source>Suggested every few wins. Keep them short, like “stretch for a minute” or “make a cup of tea”.</source>
        <translation>Suggested every few wins. Keep them short, like “stretch for a minute” or “make a cup of tea”.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="247"/>
        <source>Remind &amp;me at my routines’ times</source>
        <translation>Remind &amp;me at my routines’ times</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="247"/>
        <source>Reminders on</source>
        <translation>Reminders on</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="252"/>
        <source>&amp;Quiet hours</source>
        <translation>&amp;Quiet hours</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="252"/>
        <source>Quiet hours on</source>
        <translation>Quiet hours on</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="254"/>
        <source>Quiet hours start</source>
        <translation>Quiet hours start</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="255"/>
        <source>Quiet hours end</source>
        <translation>Quiet hours end</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="259"/>
        <source>&amp;from</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="261"/>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="270"/>
        <source>No reminders come between these times.</source>
        <translation>No reminders come between these times.</translation>
    </message>
    <message>
        <source>the value was refused</source>
        <translation type="vanished">the value was refused</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="355"/>
        <source>Could not save this setting: %1</source>
        <translation>Could not save this setting: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="374"/>
        <source>Could not change the login item: %1</source>
        <translation>Could not change the login item: %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/tray.py" line="113"/>
        <source>%n win(s) today</source>
        <translation>
            <numerusform>%n win today</numerusform>
            <numerusform>%n wins today</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="117"/>
        <source>Small Wins — add one tiny step</source>
        <translation>Small Wins — add one tiny step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="118"/>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="125"/>
        <source>Snoozed until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="150"/>
        <source>Smaller version…</source>
        <translation>Smaller version…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="153"/>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="155"/>
        <source>10 minutes</source>
        <translation>10 minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="156"/>
        <location filename="../../desktop/smallwins/ui/tray.py" line="179"/>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="157"/>
        <location filename="../../desktop/smallwins/ui/tray.py" line="179"/>
        <source>Until tomorrow</source>
        <translation>Until tomorrow</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="164"/>
        <source>↺ Bring it back now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="168"/>
        <source>Nothing next — add one tiny step</source>
        <translation>Nothing next — add one tiny step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="169"/>
        <source>Add step…</source>
        <translation>Add step…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="171"/>
        <source>Undo last win</source>
        <translation>Undo last win</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="174"/>
        <source>Resume reminders</source>
        <translation>Celebration&lt;/source&gt;
        &lt;translation&gt;Celebration&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Cheers&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/cheers.py&quot; line=&quot;14&quot;/&gt;
        &lt;source&gt;Nice one!&lt;/source&gt;
        &lt;translation&gt;Nice one!&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/cheers.py&quot; line=&quot;15&quot;/&gt;
        &lt;source&gt;Done. That counts.&lt;/source&gt;
        &lt;translation&gt;Done. That counts.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/cheers.py&quot; line=&quot;16&quot;/&gt;
        &lt;source&gt;Another small win.&lt;/source&gt;
        &lt;translation&gt;Another small win.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/cheers.py&quot; line=&quot;17&quot;/&gt;
        &lt;source&gt;Progress, one step at a time.&lt;/source&gt;
        &lt;translation&gt;Progress, one step at a time.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/cheers.py&quot; line=&quot;18&quot;/&gt;
        &lt;source&gt;You showed up. Well done.&lt;/source&gt;
        &lt;translation&gt;You showed up. Well done.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/cheers.py&quot; line=&quot;19&quot;/&gt;
        &lt;source&gt;Tick! Keep it rolling.&lt;/source&gt;
        &lt;translation&gt;Tick! Keep it rolling.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/cheers.py&quot; line=&quot;20&quot;/&gt;
        &lt;source&gt;Small step, real progress.&lt;/source&gt;
        &lt;translation&gt;Small step, real progress.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/cheers.py&quot; line=&quot;21&quot;/&gt;
        &lt;source&gt;That&amp;apos;s how it&amp;apos;s done.&lt;/source&gt;
        &lt;translation&gt;That&amp;apos;s how it&amp;apos;s done.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/cheers.py&quot; line=&quot;22&quot;/&gt;
        &lt;source&gt;One more in the bag.&lt;/source&gt;
        &lt;translation&gt;One more in the bag.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/cheers.py&quot; line=&quot;23&quot;/&gt;
        &lt;source&gt;Look at you go!&lt;/source&gt;
        &lt;translation&gt;Look at you go!&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/cheers.py&quot; line=&quot;24&quot;/&gt;
        &lt;source&gt;Momentum is building.&lt;/source&gt;
        &lt;translation&gt;Momentum is building.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/cheers.py&quot; line=&quot;25&quot;/&gt;
        &lt;source&gt;Win recorded. Enjoy it.&lt;/source&gt;
        &lt;translation&gt;Win recorded. Enjoy it.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/cheers.py&quot; line=&quot;34&quot;/&gt;
        &lt;source&gt;%n days in a row!&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n day in a row!&lt;/numerusform&gt;
            &lt;numerusform&gt;%n days in a row!&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/cheers.py&quot; line=&quot;37&quot;/&gt;
        &lt;source&gt;New best streak: %n days!&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;New best streak: %n day!&lt;/numerusform&gt;
            &lt;numerusform&gt;New best streak: %n days!&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/cheers.py&quot; line=&quot;45&quot;/&gt;
        &lt;source&gt;First win of the day!&lt;/source&gt;
        &lt;translation&gt;First win of the day!&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Desktop&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/desktop.py&quot; line=&quot;150&quot;/&gt;
        &lt;source&gt;Add a purpose&lt;/source&gt;
        &lt;translation&gt;Add a purpose&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/desktop.py&quot; line=&quot;151&quot;/&gt;
        &lt;source&gt;Every step serves a larger why. What do you want to move forward?&lt;/source&gt;
        &lt;translation&gt;Every step serves a larger why. What do you want to move forward?&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/desktop.py&quot; line=&quot;152&quot;/&gt;
        &lt;source&gt;e.g. Write a novel&lt;/source&gt;
        &lt;translation&gt;e.g. Write a novel&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/desktop.py&quot; line=&quot;158&quot;/&gt;
        &lt;source&gt;Add step&lt;/source&gt;
        &lt;translation&gt;Add step&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/desktop.py&quot; line=&quot;159&quot;/&gt;
        &lt;source&gt;What is one tiny step you could take?&lt;/source&gt;
        &lt;translation&gt;What is one tiny step you could take?&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/desktop.py&quot; line=&quot;160&quot;/&gt;
        &lt;source&gt;e.g. Open the draft and write one sentence&lt;/source&gt;
        &lt;translation&gt;e.g. Open the draft and write one sentence&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/desktop.py&quot; line=&quot;170&quot;/&gt;
        &lt;source&gt;What is the tiniest version of “%1”?&lt;/source&gt;
        &lt;translation&gt;What is the tiniest version of “%1”?&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/desktop.py&quot; line=&quot;173&quot;/&gt;
        &lt;source&gt;What is a smaller first step for “%1”?&lt;/source&gt;
        &lt;translation&gt;What is a smaller first step for “%1”?&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/desktop.py&quot; line=&quot;175&quot;/&gt;
        &lt;source&gt;Smaller version&lt;/source&gt;
        &lt;translation&gt;Smaller version&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/desktop.py&quot; line=&quot;181&quot;/&gt;
        &lt;source&gt;Small Wins&lt;/source&gt;
        &lt;translation&gt;Small Wins&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;NextStepWidget&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/widget.py&quot; line=&quot;119&quot;/&gt;
        &lt;source&gt;Small Wins — next step&lt;/source&gt;
        &lt;translation&gt;Small Wins — next step&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/widget.py&quot; line=&quot;120&quot;/&gt;
        &lt;source&gt;Next step&lt;/source&gt;
        &lt;translation&gt;Next step&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/widget.py&quot; line=&quot;130&quot;/&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/widget.py&quot; line=&quot;242&quot;/&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/widget.py&quot; line=&quot;243&quot;/&gt;
        &lt;source&gt;Done&lt;/source&gt;
        &lt;translation&gt;Done&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/widget.py&quot; line=&quot;134&quot;/&gt;
        &lt;source&gt;Smaller version&lt;/source&gt;
        &lt;translation&gt;Smaller version&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/widget.py&quot; line=&quot;135&quot;/&gt;
        &lt;source&gt;Later&lt;/source&gt;
        &lt;translation&gt;Later&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/widget.py&quot; line=&quot;186&quot;/&gt;
        &lt;source&gt;Next step (collapsed)&lt;/source&gt;
        &lt;translation&gt;Next step (collapsed)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/widget.py&quot; line=&quot;187&quot;/&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/widget.py&quot; line=&quot;386&quot;/&gt;
        &lt;source&gt;Expand&lt;/source&gt;
        &lt;translation&gt;Expand&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/widget.py&quot; line=&quot;228&quot;/&gt;
        &lt;source&gt;Add one tiny step&lt;/source&gt;
        &lt;translation&gt;Add one tiny step&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/widget.py&quot; line=&quot;229&quot;/&gt;
        &lt;source&gt;What is the smallest thing you could do next?&lt;/source&gt;
        &lt;translation&gt;What is the smallest thing you could do next?&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/widget.py&quot; line=&quot;231&quot;/&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/widget.py&quot; line=&quot;232&quot;/&gt;
        &lt;source&gt;Add step&lt;/source&gt;
        &lt;translation&gt;Add step&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/widget.py&quot; line=&quot;236&quot;/&gt;
        &lt;source&gt;After %1&lt;/source&gt;
        &lt;translation&gt;After %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/widget.py&quot; line=&quot;386&quot;/&gt;
        &lt;source&gt;Collapse&lt;/source&gt;
        &lt;translation&gt;Collapse&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/widget.py&quot; line=&quot;388&quot;/&gt;
        &lt;source&gt;Always on top&lt;/source&gt;
        &lt;translation&gt;Always on top&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/widget.py&quot; line=&quot;392&quot;/&gt;
        &lt;source&gt;Opacity&lt;/source&gt;
        &lt;translation&gt;Opacity&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/widget.py&quot; line=&quot;402&quot;/&gt;
        &lt;source&gt;Settings…&lt;/source&gt;
        &lt;translation&gt;Settings…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/widget.py&quot; line=&quot;403&quot;/&gt;
        &lt;source&gt;Hide widget&lt;/source&gt;
        &lt;translation&gt;Hide widget&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SettingsWindow&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;70&quot;/&gt;
        &lt;source&gt;Small Wins — Settings&lt;/source&gt;
        &lt;translation&gt;Small Wins — Settings&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;71&quot;/&gt;
        &lt;source&gt;Settings&lt;/source&gt;
        &lt;translation&gt;Settings&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;74&quot;/&gt;
        &lt;source&gt;Settings pages&lt;/source&gt;
        &lt;translation&gt;Settings pages&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;75&quot;/&gt;
        &lt;source&gt;&amp;amp;General&lt;/source&gt;
        &lt;translation&gt;&amp;amp;General&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;76&quot;/&gt;
        &lt;source&gt;&amp;amp;Widget&lt;/source&gt;
        &lt;translation&gt;&amp;amp;Widget&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;77&quot;/&gt;
        &lt;source&gt;C&amp;amp;elebrations&lt;/source&gt;
        &lt;translation&gt;C&amp;amp;elebrations&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;78&quot;/&gt;
        &lt;source&gt;&amp;amp;Reminders&lt;/source&gt;
        &lt;translation&gt;&amp;amp;Reminders&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;82&quot;/&gt;
        &lt;source&gt;Problem&lt;/source&gt;
        &lt;translation&gt;Problem&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;85&quot;/&gt;
        &lt;source&gt;Close&lt;/source&gt;
        &lt;translation&gt;Close&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;86&quot;/&gt;
        &lt;source&gt;Close settings&lt;/source&gt;
        &lt;translation&gt;Close settings&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;128&quot;/&gt;
        &lt;source&gt;&amp;amp;Start Small Wins when I log in&lt;/source&gt;
        &lt;translation&gt;&amp;amp;Start Small Wins when I log in&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;128&quot;/&gt;
        &lt;source&gt;Start at login&lt;/source&gt;
        &lt;translation&gt;Start at login&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;138&quot;/&gt;
        &lt;source&gt;&amp;amp;Day starts at:&lt;/source&gt;
        &lt;translation&gt;&amp;amp;Day starts at:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;138&quot;/&gt;
        &lt;source&gt;Day starts at&lt;/source&gt;
        &lt;translation&gt;Day starts at&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;140&quot;/&gt;
        &lt;source&gt;Wins before this hour count for the day before — handy for night owls.&lt;/source&gt;
        &lt;translation&gt;Wins before this hour count for the day before — handy for night owls.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;144&quot;/&gt;
        &lt;source&gt;Follow system&lt;/source&gt;
        &lt;translation&gt;Follow system&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;145&quot;/&gt;
        &lt;source&gt;Light&lt;/source&gt;
        &lt;translation&gt;Light&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;146&quot;/&gt;
        &lt;source&gt;Dark&lt;/source&gt;
        &lt;translation&gt;Dark&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;148&quot;/&gt;
        &lt;source&gt;&amp;amp;Theme:&lt;/source&gt;
        &lt;translation&gt;&amp;amp;Theme:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;148&quot;/&gt;
        &lt;source&gt;Theme&lt;/source&gt;
        &lt;translation&gt;Theme&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;151&quot;/&gt;
        &lt;source&gt;System language&lt;/source&gt;
        &lt;translation&gt;System language&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;155&quot;/&gt;
        &lt;source&gt;&amp;amp;Language:&lt;/source&gt;
        &lt;translation&gt;&amp;amp;Language:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;155&quot;/&gt;
        &lt;source&gt;Language&lt;/source&gt;
        &lt;translation&gt;Language&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;157&quot;/&gt;
        &lt;source&gt;A new language applies the next time Small Wins starts.&lt;/source&gt;
        &lt;translation&gt;A new language applies the next time Small Wins starts.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;165&quot;/&gt;
        &lt;source&gt;S&amp;amp;how the next-step widget&lt;/source&gt;
        &lt;translation&gt;S&amp;amp;how the next-step widget&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;165&quot;/&gt;
        &lt;source&gt;Show the widget&lt;/source&gt;
        &lt;translation&gt;Show the widget&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;169&quot;/&gt;
        &lt;source&gt;Keep it &amp;amp;above other windows&lt;/source&gt;
        &lt;translation&gt;Keep it &amp;amp;above other windows&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;169&quot;/&gt;
        &lt;source&gt;Always on top&lt;/source&gt;
        &lt;translation&gt;Always on top&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;172&quot;/&gt;
        &lt;source&gt;&amp;amp;Collapse it to a small pill&lt;/source&gt;
        &lt;translation&gt;&amp;amp;Collapse it to a small pill&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;172&quot;/&gt;
        &lt;source&gt;Collapsed&lt;/source&gt;
        &lt;translation&gt;Collapsed&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;192&quot;/&gt;
        &lt;source&gt;&amp;amp;Opacity:&lt;/source&gt;
        &lt;translation&gt;&amp;amp;Opacity:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;194&quot;/&gt;
        &lt;source&gt;Widget opacity in percent&lt;/source&gt;
        &lt;translation&gt;Widget opacity in percent&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;196&quot;/&gt;
        &lt;source&gt;Right-click the widget for the same choices.&lt;/source&gt;
        &lt;translation&gt;Right-click the widget for the same choices.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;202&quot;/&gt;
        &lt;source&gt;Animation&lt;/source&gt;
        &lt;translation&gt;Animation&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;203&quot;/&gt;
        &lt;source&gt;Reduced motion&lt;/source&gt;
        &lt;translation&gt;Reduced motion&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;204&quot;/&gt;
        &lt;source&gt;Off&lt;/source&gt;
        &lt;translation&gt;Off&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;206&quot;/&gt;
        &lt;source&gt;&amp;amp;Style:&lt;/source&gt;
        &lt;translation&gt;&amp;amp;Style:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;206&quot;/&gt;
        &lt;source&gt;Celebration style&lt;/source&gt;
        &lt;translation&gt;Celebration style&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;209&quot;/&gt;
        &lt;source&gt;One per line, e.g. “Future me says thanks.”&lt;/source&gt;
        &lt;translation&gt;One per line, e.g. “Future me says thanks.”&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;211&quot;/&gt;
        &lt;source&gt;Your own &amp;amp;messages:&lt;/source&gt;
        &lt;translation&gt;Your own &amp;amp;messages:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;213&quot;/&gt;
        &lt;source&gt;Your own messages, one per line&lt;/source&gt;
        &lt;translation&gt;Your own messages, one per line&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;216&quot;/&gt;
        &lt;source&gt;Shown among the built-in cheers.&lt;/source&gt;
        &lt;translation&gt;Shown among the built-in cheers.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;219&quot;/&gt;
        &lt;source&gt;One per line, e.g. “stretch for a minute”&lt;/source&gt;
        &lt;translation&gt;One per line, e.g. “stretch for a minute”&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;221&quot;/&gt;
        &lt;source&gt;&amp;amp;Quick rewards:&lt;/source&gt;
        &lt;translation&gt;&amp;amp;Quick rewards:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;223&quot;/&gt;
        &lt;source&gt;Quick rewards, one per line&lt;/source&gt;
        &lt;translation&gt;Quick rewards, one per line&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;229&quot;/&gt;
        &lt;source&gt;Suggested every few wins. Keep them short, like “stretch for a minute” or “make a cup of tea”.&lt;/source&gt;
        &lt;translation&gt;Suggested every few wins. Keep them short, like “stretch for a minute” or “make a cup of tea”.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;253&quot;/&gt;
        &lt;source&gt;Remind &amp;amp;me at my routines’ times&lt;/source&gt;
        &lt;translation&gt;Remind &amp;amp;me at my routines’ times&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;253&quot;/&gt;
        &lt;source&gt;Reminders on&lt;/source&gt;
        &lt;translation&gt;Reminders on&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;258&quot;/&gt;
        &lt;source&gt;&amp;amp;Quiet hours&lt;/source&gt;
        &lt;translation&gt;&amp;amp;Quiet hours&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;258&quot;/&gt;
        &lt;source&gt;Quiet hours on&lt;/source&gt;
        &lt;translation&gt;Quiet hours on&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;260&quot;/&gt;
        &lt;source&gt;Quiet hours start&lt;/source&gt;
        &lt;translation&gt;Quiet hours start&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;261&quot;/&gt;
        &lt;source&gt;Quiet hours end&lt;/source&gt;
        &lt;translation&gt;Quiet hours end&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;265&quot;/&gt;
        &lt;source&gt;&amp;amp;from&lt;/source&gt;
        &lt;translation&gt;&amp;amp;from&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;267&quot;/&gt;
        &lt;source&gt;&amp;amp;to&lt;/source&gt;
        &lt;translation&gt;&amp;amp;to&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;276&quot;/&gt;
        &lt;source&gt;No reminders come between these times.&lt;/source&gt;
        &lt;translation&gt;No reminders come between these times.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;360&quot;/&gt;
        &lt;source&gt;the value was refused&lt;/source&gt;
        &lt;translation&gt;the value was refused&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;361&quot;/&gt;
        &lt;source&gt;Could not save this setting: %1&lt;/source&gt;
        &lt;translation&gt;Could not save this setting: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/settings.py&quot; line=&quot;391&quot;/&gt;
        &lt;source&gt;Could not change the login item: %1&lt;/source&gt;
        &lt;translation&gt;Could not change the login item: %1&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Tray&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/tray.py&quot; line=&quot;102&quot;/&gt;
        &lt;source&gt;%n win(s) today&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n win today&lt;/numerusform&gt;
            &lt;numerusform&gt;%n wins today&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/tray.py&quot; line=&quot;104&quot;/&gt;
        &lt;source&gt;Small Wins — add one tiny step&lt;/source&gt;
        &lt;translation&gt;Small Wins — add one tiny step&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/tray.py&quot; line=&quot;105&quot;/&gt;
        &lt;source&gt;Next: %1&lt;/source&gt;
        &lt;translation&gt;Next: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/tray.py&quot; line=&quot;126&quot;/&gt;
        &lt;source&gt;Smaller version…&lt;/source&gt;
        &lt;translation&gt;Smaller version…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/tray.py&quot; line=&quot;129&quot;/&gt;
        &lt;source&gt;Snooze&lt;/source&gt;
        &lt;translation&gt;Snooze&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/tray.py&quot; line=&quot;131&quot;/&gt;
        &lt;source&gt;10 minutes&lt;/source&gt;
        &lt;translation&gt;10 minutes&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/tray.py&quot; line=&quot;132&quot;/&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/tray.py&quot; line=&quot;150&quot;/&gt;
        &lt;source&gt;1 hour&lt;/source&gt;
        &lt;translation&gt;1 hour&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/tray.py&quot; line=&quot;133&quot;/&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/tray.py&quot; line=&quot;150&quot;/&gt;
        &lt;source&gt;Until tomorrow&lt;/source&gt;
        &lt;translation&gt;Until tomorrow&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/tray.py&quot; line=&quot;139&quot;/&gt;
        &lt;source&gt;Nothing next — add one tiny step&lt;/source&gt;
        &lt;translation&gt;Nothing next — add one tiny step&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/tray.py&quot; line=&quot;140&quot;/&gt;
        &lt;source&gt;Add step…&lt;/source&gt;
        &lt;translation&gt;Add step…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/tray.py&quot; line=&quot;142&quot;/&gt;
        &lt;source&gt;Undo last win&lt;/source&gt;
        &lt;translation&gt;Undo last win&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/tray.py&quot; line=&quot;145&quot;/&gt;
        &lt;source&gt;Resume reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="178"/>
        <source>Pause reminders</source>
        <translation>Pause reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="183"/>
        <source>Vacation…</source>
        <translation>Vacation…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="187"/>
        <source>Hide widget</source>
        <translation>Hide widget</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="191"/>
        <source>Show widget</source>
        <translation>Show widget</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="194"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="198"/>
        <source>Quit Small Wins</source>
        <translation>Quit Small Wins</translation>
    </message>
</context>
<context>
    <name>VacationPrompt</name>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="71"/>
        <source>Vacation</source>
        <translation>Hide widget&lt;/source&gt;
        &lt;translation&gt;Hide widget&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/tray.py&quot; line=&quot;162&quot;/&gt;
        &lt;source&gt;Show widget&lt;/source&gt;
        &lt;translation&gt;Show widget&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/tray.py&quot; line=&quot;165&quot;/&gt;
        &lt;source&gt;Settings…&lt;/source&gt;
        &lt;translation&gt;Settings…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/tray.py&quot; line=&quot;167&quot;/&gt;
        &lt;source&gt;Quit Small Wins&lt;/source&gt;
        &lt;translation&gt;Quit Small Wins&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;VacationPrompt&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../desktop/smallwins/ui/dialogs.py&quot; line=&quot;70&quot;/&gt;
        &lt;source&gt;Vacation</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="76"/>
        <source>Rest days for every habit: no reminders, and no day counts as missed. Streaks wait for you.</source>
        <translation>Rest days for every habit: no reminders, and no day counts as missed. Streaks wait for you.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="85"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/dialogs.py" line="85"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="164"/>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="255"/>
        <source>Welcome to Small Wins</source>
        <translation>Welcome to Small Wins</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="165"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="176"/>
        <source>S&amp;kip</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="177"/>
        <source>Skip the welcome</source>
        <translation>Skip the welcome</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="178"/>
        <source>Start with nothing; you can add a step any time.</source>
        <translation>Start with nothing; you can add a step any time.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="182"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="183"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="242"/>
        <source>Example: %1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="247"/>
        <source>Or pick an example:</source>
        <translation>Or pick an example:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="257"/>
        <source>Big goals move forward in tiny steps, and every step you finish is a win. Let’s set up your first one — it takes a minute.</source>
        <translation>Big goals move forward in tiny steps, and every step you finish is a win. Let’s set up your first one — it takes a minute.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="262"/>
        <source>e.g. Write a novel</source>
        <translation>e.g. Write a novel</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="262"/>
        <source>Purpose: what you want to move forward</source>
        <translation>Purpose: what you want to move forward</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="264"/>
        <source>What do you want to &amp;move forward?</source>
        <translation>What do you want to &amp;move forward?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="269"/>
        <source>Write a novel</source>
        <translation>Write a novel</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="270"/>
        <source>Feel stronger</source>
        <translation>Feel stronger</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="271"/>
        <source>Learn Spanish</source>
        <translation>Learn Spanish</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="279"/>
        <source>e.g. I want to finish what I start</source>
        <translation>e.g. I want to finish what I start</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="279"/>
        <source>Why it matters (optional)</source>
        <translation>Why it matters (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="281"/>
        <source>&amp;Why does it matter to you? (optional)</source>
        <translation>&amp;Why does it matter to you? (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="290"/>
        <source>One tiny first step</source>
        <translation>One tiny first step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="292"/>
        <source>Make it so small that you could do it right now, in two minutes or less. Small is the point: it is what gets you started.</source>
        <translation>Make it so small that you could do it right now, in two minutes or less. Small is the point: it is what gets you started.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="297"/>
        <source>e.g. Open the draft and write one sentence</source>
        <translation>e.g. Open the draft and write one sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="297"/>
        <source>First step</source>
        <translation>First step</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="299"/>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="397"/>
        <source>Your &amp;first step:</source>
        <translation>Your &amp;first step:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="305"/>
        <source>Open the draft and write one sentence</source>
        <translation>Open the draft and write one sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="306"/>
        <source>Put on running shoes</source>
        <translation>Put on running shoes</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="307"/>
        <source>Learn one new word</source>
        <translation>Learn one new word</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="318"/>
        <source>Stack a habit on a routine</source>
        <translation>Stack a habit on a routine</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="320"/>
        <source>Optional: tie a tiny action to something you already do each day, and Small Wins reminds you at that time. Leave it empty to skip.</source>
        <translation>Optional: tie a tiny action to something you already do each day, and Small Wins reminds you at that time. Leave it empty to skip.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="325"/>
        <source>e.g. I pour my morning coffee</source>
        <translation>e.g. I pour my morning coffee</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="325"/>
        <source>Routine: after what</source>
        <translation>Routine: after what</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="327"/>
        <source>e.g. read one page</source>
        <translation>e.g. read one page</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="327"/>
        <source>Tiny action</source>
        <translation>Tiny action</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="330"/>
        <source>Time of the routine</source>
        <translation>Time of the routine</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="334"/>
        <source>&amp;After</source>
        <translation>&amp;After</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="335"/>
        <source>I &amp;will</source>
        <translation>I &amp;will</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="336"/>
        <source>a&amp;t</source>
        <translation>a&amp;t</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="349"/>
        <source>I pour my morning coffee</source>
        <translation>I pour my morning coffee</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="349"/>
        <source>read one page</source>
        <translation>read one page</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="350"/>
        <source>I sit down at my desk</source>
        <translation>I sit down at my desk</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="350"/>
        <source>write one sentence</source>
        <translation>write one sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="351"/>
        <source>I brush my teeth at night</source>
        <translation>I brush my teeth at night</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="351"/>
        <source>do one push-up</source>
        <translation>do one push-up</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="357"/>
        <source>After %1, I will %2 at %3</source>
        <translation>After %1, I will %2 at %3</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="385"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="389"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="389"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="390"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="390"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="395"/>
        <source>Your &amp;first step toward “%1”:</source>
        <translation>Your &amp;first step toward “%1”:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="434"/>
        <source>Give your purpose a name first.</source>
        <translation>Give your purpose a name first.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="445"/>
        <source>Write down one tiny first step.</source>
        <translation>Write down one tiny first step.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="456"/>
        <source>Say after which routine, or clear the habit.</source>
        <translation>Say after which routine, or clear the habit.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="458"/>
        <source>Say what you will do, or clear the habit.</source>
        <translation>Say what you will do, or clear the habit.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="469"/>
        <source>Choose a time between 00:00 and 23:59.</source>
        <translation>Choose a time between 00:00 and 23:59.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="499"/>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
</context>
<context>
    <name>WinMarks</name>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="56"/>
        <source>Wins today</source>
        <translation>Wins today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/widget.py" line="64"/>
        <source>%n win(s) today</source>
        <translation>
            <numerusform>%n win today</numerusform>
            <numerusform>%n wins today</numerusform>
        </translation>
    </message>
</context>
</TS>
