print("jwt-basics: coming soon")
