def draft_scenario(reading): return ""
