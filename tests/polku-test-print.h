/* polku-test-print.h: sample print documents and PDF readers (poppler-utils)
 * shared by the print tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-print-layout.h"

G_BEGIN_DECLS

/* Every kind of block, a table of @n_rows rows and Finnish text with ä/ö. */
PolkuPrintDocument *polku_test_print_sample     (guint       n_rows,
                                                 const char *language);
/* The number of times @draw of the sample's timeline has run. */
guint               polku_test_print_draw_count (void);

/* Lays @doc out on A4 pages (at least one); the page count. */
guint               polku_test_print_paginate   (PolkuPrintDocument *doc);
/* FALSE, and the test skipped, without pdftotext and pdfinfo. */
gboolean            polku_test_have_poppler     (void);
/* The standard output of @argv; fails the test when it fails. */
char               *polku_test_run_tool         (const char * const *argv);
/* The page count pdfinfo reports. */
guint               polku_test_pdf_pages        (const char *path);
/* pdftotext -layout of @page (1-based), or of every page when 0. */
char               *polku_test_pdf_text         (const char *path,
                                                 guint       page);
/* Removes every space of @line in place and returns it. */
char               *polku_test_without_spaces   (char       *line);
/* Checks with pdftotext -bbox that every word lies inside the page margins,
 * give or take @slack_x points across and 2 points down; the word count. */
guint               polku_test_pdf_words_inside (const char *path,
                                                 double      slack_x);

G_END_DECLS
