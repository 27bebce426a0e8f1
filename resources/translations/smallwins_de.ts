<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>Desktop</name>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="230"/>
        <source>Add a purpose</source>
        <translation>Ein Vorhaben hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="231"/>
        <source>Every step serves a larger why. What do you want to move forward?</source>
        <translation>Jeder Schritt dient einem größeren Warum. Was möchtest du voranbringen?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="232"/>
        <source>e.g. Write a novel</source>
        <translation>z. B. Einen Roman schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="238"/>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="239"/>
        <source>What is one tiny step you could take?</source>
        <translation>Welchen winzigen Schritt könntest du gehen?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="240"/>
        <source>e.g. Open the draft and write one sentence</source>
        <translation>z. B. Den Entwurf öffnen und einen Satz schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="250"/>
        <source>What is the tiniest version of “%1”?</source>
        <translation>Was ist die winzigste Version von „%1“?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="253"/>
        <source>What is a smaller first step for “%1”?</source>
        <translation>Was wäre ein kleinerer erster Schritt für „%1“?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="256"/>
        <source>Smaller version</source>
        <translation>Kleinere Version</translation>
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
        <source>Small Wins — next step</source>
        <translation type="vanished">Small Wins — nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="233"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="251"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="386"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="387"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="256"/>
        <source>Smaller version</source>
        <translation>Kleinere Version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="257"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="308"/>
        <source>Next step (collapsed)</source>
        <translation>Nächster Schritt (eingeklappt)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="309"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="557"/>
        <source>Expand</source>
        <translation>Ausklappen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="363"/>
        <source>Snoozed until %1: %2</source>
        <translation>Zurückgestellt bis %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="369"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="370"/>
        <source>Bring it back now</source>
        <translation>Jetzt zurückholen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="372"/>
        <source>Add one tiny step</source>
        <translation>Einen winzigen Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="373"/>
        <source>What is the smallest thing you could do next?</source>
        <translation>Was ist das Kleinste, das du als Nächstes tun könntest?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="375"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="376"/>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="380"/>
        <source>After %1</source>
        <translation>Nach %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="557"/>
        <source>Collapse</source>
        <translation>Einklappen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="559"/>
        <source>Always on top</source>
        <translation>Immer im Vordergrund</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="563"/>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="573"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="576"/>
        <source>Hide widget</source>
        <translation>Widget ausblenden</translation>
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
        <translation>Erledigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/reminders.py" line="34"/>
        <source>Snooze %n min</source>
        <translation>
            <numerusform>%n Min. später</numerusform>
            <numerusform>%n Min. später</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="42"/>
        <source>Show Small Wins</source>
        <translation>Small Wins zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="45"/>
        <source>After %1</source>
        <translation>Nach %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="56"/>
        <source>Last time slipped — that&apos;s fine. Never miss twice: even “%1” counts.</source>
        <translation>Letztes Mal hat es nicht geklappt – kein Problem. Nie zweimal auslassen: Schon „%1“ zählt.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="62"/>
        <source>Last time slipped — that&apos;s fine. Never miss twice: any small start counts.</source>
        <translation>Letztes Mal hat es nicht geklappt – kein Problem. Nie zweimal auslassen: Jeder kleine Anfang zählt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/reminders.py" line="68"/>
        <source>%n prompt(s).</source>
        <translation>
            <numerusform>%n Erinnerung.</numerusform>
            <numerusform>%n Erinnerungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="70"/>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="103"/>
        <source>While you were away</source>
        <translation>Während du weg warst</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation type="vanished">10 Min. später</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/reminders.py" line="36"/>
        <source>Tiny version</source>
        <translation>Mini-Version</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Small Wins — Settings</source>
        <translation type="vanished">Small Wins — Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="84"/>
        <location filename="../../desktop/smallwins/ui/settings.py" line="85"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="88"/>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="90"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="91"/>
        <source>&amp;Widget</source>
        <translation>&amp;Widget</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="92"/>
        <source>C&amp;elebrations</source>
        <translation>&amp;Feiern</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="93"/>
        <source>&amp;Reminders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="96"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="97"/>
        <source>Close settings</source>
        <translation>Einstellungen schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="138"/>
        <source>&amp;Start Small Wins when I log in</source>
        <translation>Small Wins beim A&amp;nmelden starten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="138"/>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="148"/>
        <source>&amp;Day starts at:</source>
        <translation>&amp;Tag beginnt um:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="148"/>
        <source>Day starts at</source>
        <translation>Tag beginnt um</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="150"/>
        <source>Wins before this hour count for the day before — handy for night owls.</source>
        <translation>Erfolge vor dieser Uhrzeit zählen zum Vortag — praktisch für Nachteulen.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="154"/>
        <source>Follow system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="155"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="156"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="158"/>
        <source>&amp;Theme:</source>
        <translation>Erscheinungs&amp;bild:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="158"/>
        <source>Theme</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="161"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="165"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="165"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="167"/>
        <source>A new language applies the next time Small Wins starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Small Wins.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="175"/>
        <source>S&amp;how the next-step widget</source>
        <translation>Widget mit dem nächsten Schritt &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="175"/>
        <source>Show the widget</source>
        <translation>Widget anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="179"/>
        <source>Keep it &amp;above other windows</source>
        <translation>Ü&amp;ber anderen Fenstern halten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="179"/>
        <source>Always on top</source>
        <translation>Immer im Vordergrund</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="182"/>
        <source>&amp;Collapse it to a small pill</source>
        <translation>Zu einer schmalen &amp;Leiste einklappen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="182"/>
        <source>Collapsed</source>
        <translation>Eingeklappt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="202"/>
        <source>&amp;Opacity:</source>
        <translation>&amp;Deckkraft:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="204"/>
        <source>Widget opacity in percent</source>
        <translation>Deckkraft des Widgets in Prozent</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="206"/>
        <source>Right-click the widget for the same choices.</source>
        <translation>Dieselben Optionen findest du im Rechtsklickmenü des Widgets.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="212"/>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="213"/>
        <source>Reduced motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="214"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="216"/>
        <source>&amp;Style:</source>
        <translation>&amp;Stil:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="216"/>
        <source>Celebration style</source>
        <translation>Art der Feier</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="219"/>
        <source>One per line, e.g. “Future me says thanks.”</source>
        <translation>Eine pro Zeile, z. B. „Mein zukünftiges Ich sagt danke.“</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="221"/>
        <source>Your own &amp;messages:</source>
        <translation>Eigene &amp;Nachrichten:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="223"/>
        <source>Your own messages, one per line</source>
        <translation>Eigene Nachrichten, eine pro Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="226"/>
        <source>Shown among the built-in cheers.</source>
        <translation>Sie erscheinen zwischen den eingebauten Glückwünschen.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="229"/>
        <source>One per line, e.g. “stretch for a minute”</source>
        <translation>Eine pro Zeile, z. B. „eine Minute dehnen“</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="231"/>
        <source>&amp;Quick rewards:</source>
        <translation>&amp;Kleine Belohnungen:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="233"/>
        <source>Quick rewards, one per line</source>
        <translation>Kleine Belohnungen, eine pro Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="239"/>
        <source>Suggested every few wins. Keep them short, like “stretch for a minute” or “make a cup of tea”.</source>
        <translation>Alle paar Erfolge wird eine vorgeschlagen. Halte sie kurz, etwa „eine Minute dehnen“ oder „einen Tee kochen“.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="263"/>
        <source>Remind &amp;me at my routines’ times</source>
        <translation>Zu den Zeiten meiner Routinen er&amp;innern</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="263"/>
        <source>Reminders on</source>
        <translation>Erinnerungen an</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="268"/>
        <source>&amp;Quiet hours</source>
        <translation>&amp;Ruhezeit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="268"/>
        <source>Quiet hours on</source>
        <translation>Ruhezeit an</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="270"/>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="271"/>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="275"/>
        <source>&amp;from</source>
        <translation>&amp;von</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="277"/>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="286"/>
        <source>No reminders come between these times.</source>
        <translation>In dieser Zeit kommen keine Erinnerungen.</translation>
    </message>
    <message>
        <source>the value was refused</source>
        <translation type="vanished">der Wert wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="371"/>
        <source>Could not save this setting: %1</source>
        <translation>Die Einstellung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/settings.py" line="390"/>
        <source>Could not change the login item: %1</source>
        <translation>Der Autostart-Eintrag konnte nicht geändert werden: %1</translation>
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
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/tray.py" line="122"/>
        <source>%n win(s) today</source>
        <translation>
            <numerusform>%n Erfolg heute</numerusform>
            <numerusform>%n Erfolge heute</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="126"/>
        <source>Small Wins — add one tiny step</source>
        <translation>Small Wins — füge einen winzigen Schritt hinzu</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="127"/>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="134"/>
        <source>Snoozed until %1: %2</source>
        <translation>Zurückgestellt bis %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="168"/>
        <source>Smaller version…</source>
        <translation>Kleinere Version…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="171"/>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="173"/>
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="174"/>
        <location filename="../../desktop/smallwins/ui/tray.py" line="190"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="175"/>
        <location filename="../../desktop/smallwins/ui/tray.py" line="190"/>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="161"/>
        <source>↺ Bring it back now</source>
        <translation>↺ Jetzt zurückholen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="165"/>
        <source>Nothing next — add one tiny step</source>
        <translation>Nichts geplant — füge einen winzigen Schritt hinzu</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="180"/>
        <source>Add step…</source>
        <translation>Schritt hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="182"/>
        <source>Undo last win</source>
        <translation>Letzten Erfolg zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="185"/>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="189"/>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="194"/>
        <source>Vacation…</source>
        <translation>Urlaub…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="198"/>
        <source>Hide widget</source>
        <translation>Widget ausblenden</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="202"/>
        <source>Show widget</source>
        <translation>Widget anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="205"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="209"/>
        <source>Quit Small Wins</source>
        <translation>Small Wins beenden</translation>
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
        <location filename="../../desktop/smallwins/ui/welcome.py" line="261"/>
        <source>Welcome to Small Wins</source>
        <translation>Willkommen bei Small Wins</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="166"/>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="167"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="405"/>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation type="vanished">Begrüßung überspringen</translation>
    </message>
    <message>
        <source>Start with nothing; you can add a step any time.</source>
        <translation type="vanished">Ohne Eintrag beginnen; einen Schritt kannst du jederzeit hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="183"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="184"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="248"/>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="253"/>
        <source>Or pick an example:</source>
        <translation>Oder wähle ein Beispiel:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="263"/>
        <source>Big goals move forward in tiny steps, and every step you finish is a win. Let’s set up your first one — it takes a minute.</source>
        <translation>Große Ziele kommen in winzigen Schritten voran, und jeder erledigte Schritt ist ein Erfolg. Lass uns deinen ersten einrichten — das dauert nur eine Minute.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="268"/>
        <source>e.g. Write a novel</source>
        <translation>z. B. Einen Roman schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="268"/>
        <source>Purpose: what you want to move forward</source>
        <translation>Vorhaben: was du voranbringen möchtest</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="270"/>
        <source>What do you want to &amp;move forward?</source>
        <translation>Was möchtest du &amp;voranbringen?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="275"/>
        <source>Write a novel</source>
        <translation>Einen Roman schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="276"/>
        <source>Feel stronger</source>
        <translation>Kräftiger werden</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="277"/>
        <source>Learn Spanish</source>
        <translation>Spanisch lernen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="285"/>
        <source>e.g. I want to finish what I start</source>
        <translation>z. B. Ich will zu Ende bringen, was ich anfange</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="285"/>
        <source>Why it matters (optional)</source>
        <translation>Warum es dir wichtig ist (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="287"/>
        <source>&amp;Why does it matter to you? (optional)</source>
        <translation>Wa&amp;rum ist es dir wichtig? (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="296"/>
        <source>One tiny first step</source>
        <translation>Ein winziger erster Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="298"/>
        <source>Make it so small that you could do it right now, in two minutes or less. Small is the point: it is what gets you started.</source>
        <translation>Mach ihn so klein, dass du ihn sofort erledigen könntest, in höchstens zwei Minuten. Genau darum geht es: Das Kleine bringt dich in Gang.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="303"/>
        <source>e.g. Open the draft and write one sentence</source>
        <translation>z. B. Den Entwurf öffnen und einen Satz schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="303"/>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="305"/>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="418"/>
        <source>Your &amp;first step:</source>
        <translation>Dein &amp;erster Schritt:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="311"/>
        <source>Open the draft and write one sentence</source>
        <translation>Den Entwurf öffnen und einen Satz schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="312"/>
        <source>Put on running shoes</source>
        <translation>Die Laufschuhe anziehen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="313"/>
        <source>Learn one new word</source>
        <translation>Ein neues Wort lernen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="324"/>
        <source>Stack a habit on a routine</source>
        <translation>Eine Gewohnheit an eine Routine knüpfen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="326"/>
        <source>Optional: tie a tiny action to something you already do each day, and Small Wins reminds you at that time. Leave it empty to skip.</source>
        <translation>Optional: Verknüpfe eine winzige Handlung mit etwas, das du ohnehin jeden Tag tust — Small Wins erinnert dich zu dieser Zeit daran. Lass die Felder leer, um das zu überspringen.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="331"/>
        <source>e.g. I pour my morning coffee</source>
        <translation>z. B. dem Morgenkaffee</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="331"/>
        <source>Routine: after what</source>
        <translation>Routine: wonach</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="333"/>
        <source>e.g. read one page</source>
        <translation>z. B. eine Seite lesen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="333"/>
        <source>Tiny action</source>
        <translation>Winzige Handlung</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="336"/>
        <source>Time of the routine</source>
        <translation>Uhrzeit der Routine</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="340"/>
        <source>&amp;After</source>
        <translation>&amp;Nach</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="341"/>
        <source>I &amp;will</source>
        <translation>werde &amp;ich</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="342"/>
        <source>a&amp;t</source>
        <translation>u&amp;m</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="355"/>
        <source>I pour my morning coffee</source>
        <translation>dem Morgenkaffee</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="355"/>
        <source>read one page</source>
        <translation>eine Seite lesen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="356"/>
        <source>I sit down at my desk</source>
        <translation>dem Frühstück</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="356"/>
        <source>write one sentence</source>
        <translation>einen Satz schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="357"/>
        <source>I brush my teeth at night</source>
        <translation>dem Zähneputzen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="357"/>
        <source>do one push-up</source>
        <translation>einen Liegestütz machen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="363"/>
        <source>After %1, I will %2 at %3</source>
        <translation>Nach %1 um %3: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="391"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="395"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="395"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="396"/>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="396"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="399"/>
        <source>S&amp;kip the habit</source>
        <translation>Gewohnheit übers&amp;pringen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="400"/>
        <source>Skip the habit and finish</source>
        <translation>Gewohnheit überspringen und fertig</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="402"/>
        <source>Save your purpose and first step without a habit, and finish.</source>
        <translation>Speichert dein Vorhaben und deinen ersten Schritt ohne Gewohnheit und schließt ab.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="406"/>
        <source>Skip the welcome: nothing is saved</source>
        <translation>Begrüßung überspringen: nichts wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="409"/>
        <source>Skip the welcome: nothing is saved (if you typed something, you are asked first). You can add a step any time.</source>
        <translation>Begrüßung überspringen: nichts wird gespeichert (hast du etwas eingegeben, fragen wir dich vorher). Einen Schritt kannst du jederzeit hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="416"/>
        <source>Your &amp;first step toward “%1”:</source>
        <translation>Dein &amp;erster Schritt für „%1“:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="481"/>
        <source>Your purpose “%1”, without a first step yet.</source>
        <translation>Dein Vorhaben „%1“, noch ohne ersten Schritt.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="485"/>
        <source>Your purpose “%1” and its first step “%2”.</source>
        <translation>Dein Vorhaben „%1“ und sein erster Schritt „%2“.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="500"/>
        <source>Give your purpose a name first.</source>
        <translation>Gib deinem Vorhaben zuerst einen Namen.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="511"/>
        <source>Write down one tiny first step.</source>
        <translation>Schreib einen winzigen ersten Schritt auf.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="522"/>
        <source>Say after which routine, or clear the habit.</source>
        <translation>Gib an, nach welcher Routine – oder lass beide Felder leer.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="524"/>
        <source>Say what you will do, or clear the habit.</source>
        <translation>Gib an, was du tun wirst – oder lass beide Felder leer.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="535"/>
        <source>Choose a time between 00:00 and 23:59.</source>
        <translation>Wähle eine Uhrzeit zwischen 00:00 und 23:59.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/welcome.py" line="568"/>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>WinMarks</name>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="161"/>
        <source>Wins today</source>
        <translation>Erfolge heute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/widget.py" line="169"/>
        <source>%n win(s) today</source>
        <translation>
            <numerusform>%n Erfolg heute</numerusform>
            <numerusform>%n Erfolge heute</numerusform>
        </translation>
    </message>
</context>
</TS>
