/* polku-html-text.h: clean text out of the HTML fragments in ePerusteet documents.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char  *text;
  char  *heading;       /* the kohdealue in effect, or NULL */
  guint  depth;         /* 0, or 1 for an item of a nested list */
} PolkuHtmlItem;

typedef struct
{
  char      *subject;   /* lead-in such as "Opiskelija osaa", or NULL */
  GPtrArray *items;     /* PolkuHtmlItem */
  GPtrArray *notes;     /* char *: paragraphs after the last item */
} PolkuHtmlRequirements;

void                   polku_text_clean_append       (GString                *out,
                                                      const char             *text,
                                                      gssize                  length);
char                  *polku_text_clean              (const char             *text);
char                  *polku_html_to_text            (const char             *html);
PolkuHtmlRequirements *polku_html_split_requirements (const char             *html);
void                   polku_html_requirements_free  (PolkuHtmlRequirements  *split);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuHtmlRequirements, polku_html_requirements_free)

G_END_DECLS
