// **server-rules** — ready-made rules for real hosts: the site's `.htaccess` (Apache) and an nginx
// snippet, answering a thing's IRI as `serve` does (variants.ts): 303 See Other to the document the
// Accept header asks for, `Vary: Accept`, 404 for an unknown id, 406 when nothing offered is acceptable.
// Web servers match Accept with regular expressions, not q-values: ACCEPT_RULES is what they check,
// in order; `serve` weighs q-values and agrees with them wherever a client names one RDF syntax
// (tests/site/conneg-table.ts lists where they part).
import { GUID, ID, VARIANTS, type VariantExtension } from './variants.js';

/** The first rule whose pattern matches the Accept header (case-insensitive) picks the variant;
 *  none matching means 406. An empty header accepts anything. */
export const ACCEPT_RULES: readonly { accept: string; extension: VariantExtension }[] = [
  { accept: 'text/turtle', extension: 'ttl' },
  { accept: 'application/ld\\+json', extension: 'jsonld' },
  { accept: 'application/n-triples', extension: 'nt' },
  { accept: '^\\s*$|text/html|application/xhtml\\+xml|text/\\*|\\*/\\*', extension: 'html' },
];

/** The variant the rules pick for an Accept header, as Apache and nginx evaluate them. */
export function ruleVariant(accept: string | undefined): VariantExtension | undefined {
  return ACCEPT_RULES.find(({ accept: pattern }) => new RegExp(pattern, 'i').test(accept ?? ''))?.extension;
}

const MEDIA_TYPES = VARIANTS.filter((v) => v.extension !== 'html');

export const HTACCESS = `# Apache rules for a linked-lives site (mod_rewrite, mod_headers, mod_mime), written by linked-lives.
# The IRI of a thing (entity/<id>, concept/<key>, data/<id>, statement/<entity>-<guid>) answers
# 303 See Other to a document about it, chosen by the Accept header: <id>.html for browsers,
# <id>.ttl, <id>.jsonld or <id>.nt for RDF clients; 406 when none is acceptable. See docs/site.md.
# Served under an Alias, set RewriteBase to the site's URL path.
Options -MultiViews -Indexes
DirectoryIndex index.html
${MEDIA_TYPES.map((v) => `AddType ${v.mediaType} .${v.extension}`).join('\n')}
AddCharset utf-8 .html .ttl .nt .jsonld .css .js .json .svg

RewriteEngine On
# RewriteBase /

# The variant the Accept header asks for: the first pattern that matches.
${ACCEPT_RULES.map(({ accept, extension }) => `RewriteCond %{ENV:LL_VARIANT} ^$\nRewriteCond %{HTTP_ACCEPT} "${accept}" [NC]\nRewriteRule ^ - [E=LL_VARIANT:${extension}]`).join('\n')}

# Entities and concepts: their own documents, if the id exists.
RewriteCond %{REQUEST_FILENAME}.html -f
RewriteCond %{ENV:LL_VARIANT} ^(.+)$
RewriteRule ^(entity|concept)/(${ID})$ $1/$2.%1 [R=303,L,E=LL_VARY:1]
# The document node data/<id> and a statement statement/<entity>-<guid>: the entity's documents.
RewriteCond %{REQUEST_FILENAME} ^(.*)/data/(${ID})$
RewriteCond %1/entity/%2.html -f
RewriteCond %{ENV:LL_VARIANT} ^(.+)$
RewriteRule ^data/(${ID})$ entity/$1.%1 [R=303,L,E=LL_VARY:1]
# (the page holds the statement as the claim whose id is its local name)
RewriteCond %{REQUEST_FILENAME} ^(.*)/statement/(${ID})-${GUID}$
RewriteCond %1/entity/%2.html -f
RewriteCond %{ENV:LL_VARIANT} =html
RewriteRule ^statement/((${ID})-${GUID})$ entity/$2.html#$1 [R=303,NE,L,E=LL_VARY:1]
RewriteCond %{REQUEST_FILENAME} ^(.*)/statement/(${ID})-${GUID}$
RewriteCond %1/entity/%2.html -f
RewriteCond %{ENV:LL_VARIANT} ^(.+)$
RewriteRule ^statement/(${ID})-${GUID}$ entity/$1.%1 [R=303,L,E=LL_VARY:1]
# The dataset, and the reference and value nodes: the index, or the dataset's own RDF.
RewriteCond %{ENV:LL_VARIANT} =html
RewriteRule ^(?:dataset|(?:reference|value)/[0-9a-f]+)$ index.html [R=303,L,E=LL_VARY:1]
RewriteCond %{ENV:LL_VARIANT} ^(.+)$
RewriteRule ^(?:dataset|(?:reference|value)/[0-9a-f]+)$ dataset.%1 [R=303,L,E=LL_VARY:1]
RewriteRule ^(?:dataset|(?:reference|value)/[0-9a-f]+)$ - [R=406,L,E=LL_VARY:1]
# A known thing whose variants are all unacceptable.
RewriteCond %{REQUEST_FILENAME}.html -f
RewriteRule ^(entity|concept)/(${ID})$ - [R=406,L,E=LL_VARY:1]

<IfModule mod_headers.c>
  Header always merge Vary Accept env=LL_VARY
</IfModule>
`;

export const NGINX_CONF = `# nginx rules for a linked-lives site, written by linked-lives (see docs/site.md).
# In the http block (after "include mime.types;"):
map $http_accept $linked_lives_variant {
    default "";
${ACCEPT_RULES.map(({ accept, extension }) => `    "~*${accept}" ${extension};`).join('\n')}
}
types {
${MEDIA_TYPES.map((v) => `    ${v.mediaType} ${v.extension};`).join('\n')}
}

# In the server block whose root is the site:
charset utf-8;
charset_types text/html text/css application/javascript application/json text/turtle application/n-triples application/ld+json image/svg+xml;
index index.html;

location ~ "^/(?<ll_kind>entity|concept)/(?<ll_id>${ID})$" {
    add_header Vary Accept always;
    if (!-f $document_root/$ll_kind/$ll_id.html) { return 404; }
    if ($linked_lives_variant = "") { return 406; }
    return 303 /$ll_kind/$ll_id.$linked_lives_variant;
}
location ~ "^/data/(?<ll_entity>${ID})$" {
    add_header Vary Accept always;
    if (!-f $document_root/entity/$ll_entity.html) { return 404; }
    if ($linked_lives_variant = "") { return 406; }
    return 303 /entity/$ll_entity.$linked_lives_variant;
}
location ~ "^/statement/(?<ll_statement>(?<ll_subject>${ID})-${GUID})$" {
    add_header Vary Accept always;
    if (!-f $document_root/entity/$ll_subject.html) { return 404; }
    if ($linked_lives_variant = "") { return 406; }
    if ($linked_lives_variant = html) { return 303 /entity/$ll_subject.html#$ll_statement; }
    return 303 /entity/$ll_subject.$linked_lives_variant;
}
location ~ "^/(?:dataset|(?:reference|value)/[0-9a-f]+)$" {
    add_header Vary Accept always;
    if ($linked_lives_variant = html) { return 303 /index.html; }
    if ($linked_lives_variant = "") { return 406; }
    return 303 /dataset.$linked_lives_variant;
}
`;
