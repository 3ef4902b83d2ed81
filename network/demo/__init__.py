"""Demo content of the stakeholder directory, in six languages (seed.NetworkSeeder, called by home.demo.seed)."""
