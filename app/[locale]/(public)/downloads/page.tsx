import { placeholderPage } from "@/components/shell/section-placeholder";

const { generateMetadata, Page } = placeholderPage("downloads");
export { generateMetadata };
export default Page;
