"""Small Wins: turn big goals into tiny steps and make every finished step feel like a win."""
