"""The editors' review app (`saring review`): see every flag in context, judge it, mark missed noise."""
