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
    <name>ConfirmDelete</name>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="770"/>
        <source>Delete the habit?</source>
        <translation>Die Gewohnheit löschen?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="771"/>
        <source>Delete “%1” for good?</source>
        <translation>„%1“ endgültig löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/plan.py" line="774"/>
        <source>Its %n win(s) go with it. Archive keeps them and stops the reminders.</source>
        <translation>
            <numerusform>Ihr %n Erfolg geht mit. Archivieren behält ihn und beendet die Erinnerungen.</numerusform>
            <numerusform>Ihre %n Erfolge gehen mit. Archivieren behält sie und beendet die Erinnerungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="778"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="217"/>
        <source>Add a purpose</source>
        <translation>Ein Vorhaben hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="218"/>
        <source>Every step serves a larger why. What do you want to move forward?</source>
        <translation>Jeder Schritt dient einem größeren Warum. Was möchtest du voranbringen?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="219"/>
        <source>e.g. Write a novel</source>
        <translation>z. B. Einen Roman schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="225"/>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="226"/>
        <source>What is one tiny step you could take?</source>
        <translation>Welchen winzigen Schritt könntest du gehen?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="227"/>
        <source>e.g. Open the draft and write one sentence</source>
        <translation>z. B. Den Entwurf öffnen und einen Satz schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="237"/>
        <source>What is the tiniest version of “%1”?</source>
        <translation>Was ist die winzigste Version von „%1“?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="240"/>
        <source>What is a smaller first step for “%1”?</source>
        <translation>Was wäre ein kleinerer erster Schritt für „%1“?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="243"/>
        <source>Smaller version</source>
        <translation>Kleinere Version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/desktop.py" line="250"/>
        <source>Small Wins</source>
        <translation>Small Wins</translation>
    </message>
</context>
<context>
    <name>HabitDialog</name>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="190"/>
        <source>Edit habit</source>
        <translation>Gewohnheit bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="190"/>
        <source>New habit</source>
        <translation>Neue Gewohnheit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="196"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="201"/>
        <source>e.g. pour my morning coffee</source>
        <translation>z. B. mir den Morgenkaffee eingieße</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="203"/>
        <source>Time of the new routine</source>
        <translation>Uhrzeit der neuen Routine</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="208"/>
        <source>Habit action</source>
        <translation>Gewohnheit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="209"/>
        <source>e.g. read one page</source>
        <translation>z. B. eine Seite lesen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="210"/>
        <source>Tiny version</source>
        <translation>Mini-Version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="211"/>
        <source>the smallest version, for a hard day (optional)</source>
        <translation>die kleinste Version, für schwere Tage (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="216"/>
        <source>Purpose</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="217"/>
        <source>No purpose</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="224"/>
        <source>&amp;Remind me at the routine&apos;s time</source>
        <translation>&amp;Zur Zeit der Routine erinnern</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="225"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="243"/>
        <source>On these &amp;days:</source>
        <translation>An diesen &amp;Tagen:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="244"/>
        <source>On fixed weekdays</source>
        <translation>An festen Wochentagen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="245"/>
        <source>A &amp;number of times in a period:</source>
        <translation>&amp;Mehrmals in einem Zeitraum:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="246"/>
        <source>A number of times in a period</source>
        <translation>Mehrmals in einem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="261"/>
        <source>Times</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="265"/>
        <source>Days in the period</source>
        <translation>Tage im Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="268"/>
        <source>times in</source>
        <translation>Mal in</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="271"/>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="280"/>
        <source>&amp;After I …</source>
        <translation>&amp;Nachdem ich …</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="281"/>
        <source>a&amp;t</source>
        <translation>&amp;um</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="283"/>
        <source>I &amp;will …</source>
        <translation>werde ich &amp;…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="284"/>
        <source>T&amp;iny version:</source>
        <translation>M&amp;ini-Version:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="285"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="319"/>
        <source>A new routine: it happens at this time every day.</source>
        <translation>Eine neue Routine: Sie findet jeden Tag um diese Uhrzeit statt.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="322"/>
        <source>Its times are the routine&apos;s: change them with “Routine times…”.</source>
        <translation>Die Uhrzeiten gehören zur Routine: Ändere sie mit „Zeiten der Routine …“.</translation>
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
        <location filename="../../desktop/smallwins/ui/widget.py" line="227"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="241"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="376"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="377"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="246"/>
        <source>Smaller version</source>
        <translation>Kleinere Version</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="247"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="298"/>
        <source>Next step (collapsed)</source>
        <translation>Nächster Schritt (eingeklappt)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="299"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="540"/>
        <source>Expand</source>
        <translation>Ausklappen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="353"/>
        <source>Snoozed until %1: %2</source>
        <translation>Zurückgestellt bis %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="359"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="360"/>
        <source>Bring it back now</source>
        <translation>Jetzt zurückholen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="362"/>
        <source>Add one tiny step</source>
        <translation>Einen winzigen Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="363"/>
        <source>What is the smallest thing you could do next?</source>
        <translation>Was ist das Kleinste, das du als Nächstes tun könntest?</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="365"/>
        <location filename="../../desktop/smallwins/ui/widget.py" line="366"/>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="370"/>
        <source>After %1</source>
        <translation>Nach %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="540"/>
        <source>Collapse</source>
        <translation>Einklappen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="542"/>
        <source>Always on top</source>
        <translation>Immer im Vordergrund</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="546"/>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="556"/>
        <source>Plan…</source>
        <translation>Plan …</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="559"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/widget.py" line="562"/>
        <source>Hide widget</source>
        <translation>Widget ausblenden</translation>
    </message>
</context>
<context>
    <name>PlanWindow</name>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="131"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="132"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="137"/>
        <source>The purpose&apos;s plan</source>
        <translation>Der Plan des Ziels</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="138"/>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="139"/>
        <source>&amp;Habits</source>
        <translation>&amp;Gewohnheiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="145"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="145"/>
        <source>Close the plan</source>
        <translation>Plan schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="164"/>
        <source>&amp;Purposes</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="166"/>
        <source>Purposes</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="170"/>
        <source>Show a&amp;rchived</source>
        <translation>A&amp;rchivierte zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="171"/>
        <source>Show archived purposes and habits</source>
        <translation>Archivierte Ziele und Gewohnheiten zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="174"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="174"/>
        <source>Add a purpose</source>
        <translation>Ein Ziel hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="177"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="177"/>
        <source>Edit the purpose</source>
        <translation>Das Ziel bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="180"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="509"/>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chivieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="180"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="514"/>
        <source>Archive the purpose</source>
        <translation>Das Ziel archivieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="183"/>
        <source>&amp;Focus</source>
        <translation>&amp;Fokus</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="183"/>
        <source>Focus on this purpose</source>
        <translation>Auf dieses Ziel konzentrieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="202"/>
        <source>Steps, in the order they come</source>
        <translation>Schritte, in ihrer Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="206"/>
        <source>Show &amp;done and dropped</source>
        <translation>&amp;Erledigte und verworfene zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="207"/>
        <source>Show done and dropped steps</source>
        <translation>Erledigte und verworfene Schritte zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="213"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="251"/>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="213"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="610"/>
        <source>Add a step</source>
        <translation>Einen Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="214"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="252"/>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="214"/>
        <source>Edit the step&apos;s words</source>
        <translation>Den Text des Schritts bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="216"/>
        <source>Smaller…</source>
        <translation>Kleiner …</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="216"/>
        <source>Break the step into a smaller one</source>
        <translation>Den Schritt in einen kleineren aufteilen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="218"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="218"/>
        <source>Mark the step done</source>
        <translation>Den Schritt als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="219"/>
        <source>Drop</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="219"/>
        <source>Drop the step</source>
        <translation>Den Schritt verwerfen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="221"/>
        <source>Reopen</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="221"/>
        <source>Put the dropped step back</source>
        <translation>Den verworfenen Schritt zurückholen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="224"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="259"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="224"/>
        <source>Move the step up</source>
        <translation>Den Schritt nach oben schieben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="227"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="264"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="227"/>
        <source>Move the step down</source>
        <translation>Den Schritt nach unten schieben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="238"/>
        <source>Insert adds, F2 edits, Ctrl+Enter marks done, Delete drops, Ctrl+↑/↓ moves.</source>
        <translation>Einfg fügt hinzu, F2 bearbeitet, Strg+Eingabe erledigt, Entf verwirft, Strg+↑/↓ verschiebt.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="246"/>
        <source>Habits, stacked on their routines</source>
        <translation>Gewohnheiten, gestapelt auf ihren Routinen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="251"/>
        <source>Add a habit</source>
        <translation>Eine Gewohnheit hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="252"/>
        <source>Edit the habit</source>
        <translation>Die Gewohnheit bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="254"/>
        <source>Routine times…</source>
        <translation>Zeiten der Routine …</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="255"/>
        <source>Edit the routine&apos;s name and times</source>
        <translation>Name und Zeiten der Routine bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="260"/>
        <source>Move the habit up the stack</source>
        <translation>Die Gewohnheit im Stapel nach oben schieben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="265"/>
        <source>Move the habit down the stack</source>
        <translation>Die Gewohnheit im Stapel nach unten schieben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="269"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="533"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="269"/>
        <location filename="../../desktop/smallwins/ui/plan.py" line="535"/>
        <source>Archive the habit</source>
        <translation>Die Gewohnheit archivieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="271"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="271"/>
        <source>Delete the habit</source>
        <translation>Die Gewohnheit löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="286"/>
        <source>Insert adds, F2 edits, Delete deletes, Ctrl+↑/↓ moves in the stack.</source>
        <translation>Einfg fügt hinzu, F2 bearbeitet, Entf löscht, Strg+↑/↓ verschiebt im Stapel.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="343"/>
        <source>%1 (focus)</source>
        <translation>%1 (Fokus)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="345"/>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="353"/>
        <source>Habits without a purpose</source>
        <translation>Gewohnheiten ohne Ziel</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="377"/>
        <source>%1 (dropped)</source>
        <translation>%1 (verworfen)</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="437"/>
        <source>no time</source>
        <translation>keine Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="438"/>
        <source>After %1 · %2</source>
        <translation>Nach %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="443"/>
        <source>tiny: %1</source>
        <translation>mini: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="450"/>
        <source>%1 in %2 days</source>
        <translation>%1 in %2 Tagen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="455"/>
        <source>no reminder</source>
        <translation>keine Erinnerung</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="457"/>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="509"/>
        <source>Rest&amp;ore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="512"/>
        <source>Restore the purpose</source>
        <translation>Das Ziel wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="533"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="535"/>
        <source>Restore the habit</source>
        <translation>Die Gewohnheit wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="611"/>
        <source>A tiny next step for “%1”:</source>
        <translation>Ein winziger nächster Schritt für „%1“:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="612"/>
        <source>e.g. open the draft</source>
        <translation>z. B. den Entwurf öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="622"/>
        <source>Edit the step</source>
        <translation>Den Schritt bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="622"/>
        <source>The step:</source>
        <translation>Der Schritt:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="632"/>
        <source>A smaller step</source>
        <translation>Ein kleinerer Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/plan.py" line="633"/>
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
        <location filename="../../desktop/smallwins/ui/planforms.py" line="99"/>
        <source>Edit purpose</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="99"/>
        <source>New purpose</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="100"/>
        <source>Purpose name</source>
        <translation>Name des Ziels</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="101"/>
        <source>e.g. Write a novel</source>
        <translation>z. B. Einen Roman schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="102"/>
        <source>Why it matters</source>
        <translation>Warum es dir wichtig ist</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="103"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="107"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="109"/>
        <source>&amp;No colour</source>
        <translation>&amp;Keine Farbe</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="110"/>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="121"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="122"/>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="123"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="138"/>
        <source>Purpose colour</source>
        <translation>Farbe des Ziels</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="145"/>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern …</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="148"/>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen …</translation>
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
        <location filename="../../desktop/smallwins/ui/reminders.py" line="36"/>
        <source>Tiny version</source>
        <translation>Mini-Version</translation>
    </message>
</context>
<context>
    <name>RoutineDialog</name>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="384"/>
        <source>Routine times</source>
        <translation>Zeiten der Routine</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="386"/>
        <source>Routine name</source>
        <translation>Name der Routine</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="388"/>
        <source>How the times repeat</source>
        <translation>Wie sich die Zeiten wiederholen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="389"/>
        <source>The same time every day</source>
        <translation>Jeden Tag zur selben Zeit</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="390"/>
        <source>Weekdays and weekends</source>
        <translation>Werktags und am Wochenende</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="391"/>
        <source>Each day on its own</source>
        <translation>Jeder Tag für sich</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="394"/>
        <source>Time every day</source>
        <translation>Uhrzeit an jedem Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="397"/>
        <source>&amp;Weekdays (Mon–Fri) at</source>
        <translation>&amp;Werktags (Mo–Fr) um</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="398"/>
        <source>On weekdays</source>
        <translation>Werktags</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="399"/>
        <source>Time on weekdays</source>
        <translation>Uhrzeit werktags</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="400"/>
        <source>Wee&amp;kends (Sat–Sun) at</source>
        <translation>Am Wo&amp;chenende (Sa–So) um</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="401"/>
        <source>On weekends</source>
        <translation>Am Wochenende</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="402"/>
        <source>Time on weekends</source>
        <translation>Uhrzeit am Wochenende</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="414"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="415"/>
        <source>&amp;Times:</source>
        <translation>&amp;Zeiten:</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="420"/>
        <source>Every habit stacked on this routine follows its times.</source>
        <translation>Jede Gewohnheit auf dieser Routine folgt ihren Zeiten.</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="439"/>
        <source>Time on %1</source>
        <translation>Uhrzeit am %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/planforms.py" line="452"/>
        <source>&amp;Every day at</source>
        <translation>&amp;Jeden Tag um</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
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
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/tray.py" line="113"/>
        <source>%n win(s) today</source>
        <translation>
            <numerusform>%n Erfolg heute</numerusform>
            <numerusform>%n Erfolge heute</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="117"/>
        <source>Small Wins — add one tiny step</source>
        <translation>Small Wins — füge einen winzigen Schritt hinzu</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="118"/>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="125"/>
        <source>Snoozed until %1: %2</source>
        <translation>Zurückgestellt bis %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="150"/>
        <source>Smaller version…</source>
        <translation>Kleinere Version…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="153"/>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="155"/>
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="156"/>
        <location filename="../../desktop/smallwins/ui/tray.py" line="179"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="157"/>
        <location filename="../../desktop/smallwins/ui/tray.py" line="179"/>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="164"/>
        <source>↺ Bring it back now</source>
        <translation>↺ Jetzt zurückholen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="168"/>
        <source>Nothing next — add one tiny step</source>
        <translation>Nichts geplant — füge einen winzigen Schritt hinzu</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="169"/>
        <source>Add step…</source>
        <translation>Schritt hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="171"/>
        <source>Undo last win</source>
        <translation>Letzten Erfolg zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="174"/>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="178"/>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="183"/>
        <source>Vacation…</source>
        <translation>Urlaub…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="187"/>
        <source>Hide widget</source>
        <translation>Widget ausblenden</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="191"/>
        <source>Show widget</source>
        <translation>Widget anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="194"/>
        <source>Plan…</source>
        <translation>Plan …</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="197"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../desktop/smallwins/ui/tray.py" line="201"/>
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
        <location filename="../../desktop/smallwins/ui/widget.py" line="159"/>
        <source>Wins today</source>
        <translation>Erfolge heute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smallwins/ui/widget.py" line="167"/>
        <source>%n win(s) today</source>
        <translation>
            <numerusform>%n Erfolg heute</numerusform>
            <numerusform>%n Erfolge heute</numerusform>
        </translation>
    </message>
</context>
</TS>
