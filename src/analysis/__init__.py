"""claims-desk: reported figures, cleaned and published."""
