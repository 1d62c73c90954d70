using System.Diagnostics;
using System.Text;

namespace TimelineApp.Tests.Capture;

/// <summary>Real-looking article pages: a news page with navigation, adverts and scripts around the story, an Arabic one, a PDF statement.</summary>
public static class ArticlePages
{
    public const string Headline = "Egypt bombs Islamic State targets in Libya after beheadings";
    public const string FirstSentence = "Egyptian warplanes struck Islamic State targets in the Libyan city of Derna on Monday, hours after the group released a video showing the beheading of 21 Egyptian Christians.";
    public const string ArabicHeadline = "مصر تقصف مواقع لتنظيم الدولة في ليبيا";
    public const string ArabicSentence = "شنت طائرات حربية مصرية غارات على مواقع لتنظيم الدولة الإسلامية في مدينة درنة الليبية يوم الاثنين.";

    public static string News(string extraParagraph = "", string scriptMarker = "window.stolen = document.cookie;") => $$"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>{{Headline}} | The Daily Chronicle</title>
          <meta property="og:site_name" content="The Daily Chronicle">
          <meta property="og:title" content="{{Headline}}">
          <meta name="author" content="Jane Reporter">
          <meta property="article:published_time" content="2015-02-16T09:30:00+02:00">
          <script>{{scriptMarker}}</script>
          <link rel="stylesheet" href="https://cdn.example.net/site.css">
        </head>
        <body>
          <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
          <div class="subscribe-banner">Subscribe now for only 1 pound a week! Limited offer.</div>
          <main>
            <article>
              <h1>{{Headline}}</h1>
              <p class="byline">By Jane Reporter</p>
              <p>{{FirstSentence}}</p>
              <p>The Egyptian military said the strikes hit training camps and weapons stores. A spokesman said the operation was carried out "to avenge the bloodshed and to seek retribution from the killers".</p>
              <p>Libyan air force commander Saqr al-Jaroushi told Egyptian state television that between 40 and 50 militants were killed in the strikes, which were coordinated with Libya's internationally recognised government.</p>
              <p>Residents of Derna said that civilians, including children, were among the dead. Their accounts could not be independently verified.</p>
              <p>President Abdel Fattah al-Sisi had vowed to respond to the killings in a televised address late on Sunday, declaring seven days of national mourning and convening the country's National Defence Council.</p>
              <p>The video, released by a Libyan affiliate of the Islamic State group, showed the men in orange jumpsuits being marched along a beach before they were killed. Most of the men came from villages in the province of Minya.</p>
              <p>Libya has been in turmoil since the overthrow of Muammar Gaddafi in 2011, with two rival governments and parliaments, each backed by a loose alliance of militias, vying for control of the country and its oil wealth.</p>
              <p>Egypt has called for the international coalition fighting the Islamic State group in Iraq and Syria to extend its campaign to Libya, and urged the United Nations Security Council to lift an arms embargo on the Libyan army.</p>
              {{(extraParagraph.Length > 0 ? $"<p>{extraParagraph}</p>" : "")}}
              <img src="https://tracker.example.net/pixel.gif" onerror="alert(1)" alt="">
            </article>
          </main>
          <aside><h2>Most read</h2><ul><li><a href="/a">Celebrity wedding photos</a></li><li><a href="/b">Ten tips for winter</a></li></ul></aside>
          <footer>Copyright The Daily Chronicle 2015. All rights reserved. Terms. Privacy. Cookies.</footer>
          <script src="https://cdn.example.net/tracker.js"></script>
        </body>
        </html>
        """;

    public static string Arabic() => $$"""
        <!DOCTYPE html>
        <html lang="ar" dir="rtl">
        <head>
          <meta charset="utf-8">
          <title>{{ArabicHeadline}}</title>
          <meta property="og:site_name" content="الأخبار اليومية">
          <meta property="article:published_time" content="2015-02-16T11:00:00+03:00">
        </head>
        <body>
          <nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav>
          <article>
            <h1>{{ArabicHeadline}}</h1>
            <p>{{ArabicSentence}}</p>
            <p>وقال الجيش المصري إن الضربات استهدفت معسكرات تدريب ومخازن أسلحة، وجاءت بعد ساعات من نشر التنظيم مقطعا مصورا يظهر ذبح واحد وعشرين مصريا.</p>
            <p>وقال قائد سلاح الجو الليبي إن ما بين أربعين وخمسين مسلحا قتلوا في الغارات التي نسقت مع الحكومة الليبية المعترف بها دوليا.</p>
          </article>
          <footer>جميع الحقوق محفوظة</footer>
        </body>
        </html>
        """;

    public const string PdfTitle = "Statement by the Secretary-General on Libya";
    public const string PdfSentence = "The Secretary-General condemns the killing of 21 Egyptian nationals in Libya.";

    /// <summary>A one-page PDF made by Ghostscript from PostScript, with a title in its document information.</summary>
    public static byte[] Pdf()
    {
        var folder = Directory.CreateTempSubdirectory("capture-pdf-");
        try
        {
            var ps = Path.Combine(folder.FullName, "in.ps");
            var pdf = Path.Combine(folder.FullName, "out.pdf");
            File.WriteAllText(ps, $"""
                %!PS
                [ /Title ({PdfTitle}) /Author (United Nations) /DOCINFO pdfmark
                /Helvetica findfont 11 scalefont setfont
                72 720 moveto ({PdfTitle}) show
                72 700 moveto ({PdfSentence}) show
                72 680 moveto (He calls on all parties to refrain from further violence.) show
                showpage
                """, Encoding.ASCII);
            using var gs = Process.Start(new ProcessStartInfo("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", $"-sOutputFile={pdf}", ps])
            {
                RedirectStandardError = true, RedirectStandardOutput = true,
            })!;
            gs.WaitForExit(30_000);
            Assert.Equal(0, gs.ExitCode);
            return File.ReadAllBytes(pdf);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
