"""Readers for the record's fields: headline, standfirst, dateline and credit."""
