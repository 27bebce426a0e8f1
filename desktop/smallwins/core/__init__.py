"""The domain of Small Wins, in the standard library only: no Qt, storage or scheduler here."""
